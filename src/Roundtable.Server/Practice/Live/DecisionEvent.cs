namespace Roundtable.Server.Practice.Live;

/// <summary>Who will answer the salesperson's line, and why.</summary>
public sealed record DecisionEvent(Guid MeetingId, int TurnNumber, IReadOnlyList<string> ResponderIds, string Reasoning, string Source);
