namespace Roundtable.Server.Practice.Meetings;

/// <summary><c>POST /api/meeting/create</c> (seed 003's fields).</summary>
public sealed record CreateMeetingRequest(
    string? SalespersonId,
    string? CompanyId,
    string? MeetingMode,
    IReadOnlyList<string>? Representatives,
    string? MeetingGoal,
    int? DurationMinutes,
    string? Difficulty);
