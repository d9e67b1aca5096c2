namespace Roundtable.Server.Practice.Live;

/// <summary>A streamed piece of a representative's reply.</summary>
public sealed record DeltaEvent(Guid MeetingId, string SpeakerId, string Text);
