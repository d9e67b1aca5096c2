namespace Roundtable.Server.Practice.Live;

/// <summary>A meeting's status changed.</summary>
public sealed record StateEvent(Guid MeetingId, string Status, string? EndedReason, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt);
