namespace Roundtable.Server.Practice.Live;

/// <summary>The argument of <c>join_meeting</c> / <c>leave_meeting</c>: <c>{"meeting_id": "…"}</c>.</summary>
public sealed record MeetingRequest(string? MeetingId);
