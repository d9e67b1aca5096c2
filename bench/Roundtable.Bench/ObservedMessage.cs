namespace Roundtable.Bench;

/// <summary>A <c>new_message</c> as a visitor received it: the message's id and stamp, and when it arrived.</summary>
internal sealed record ObservedMessage(long Id, DateTimeOffset Stamp, DateTimeOffset ReceivedAt);
