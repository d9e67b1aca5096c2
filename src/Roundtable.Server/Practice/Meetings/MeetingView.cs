using System.Text.Json;
using System.Text.Json.Serialization;
using Roundtable.Server.Practice.Companies;

namespace Roundtable.Server.Practice.Meetings;

/// <summary>A meeting as the API shows it, with its representatives and the top 5 questions.</summary>
public sealed record MeetingView(
    Guid Id,
    Guid SalespersonId,
    Guid CompanyId,
    string MeetingMode,
    IReadOnlyList<Guid> RepresentativeIds,
    IReadOnlyList<RepresentativeView> Representatives,
    string MeetingGoal,
    int DurationMinutes,
    string Difficulty,
    string Status,
    string? EndedReason,
    [property: JsonPropertyName("top_5_questions")] IReadOnlyList<string> Top5Questions,
    [property: JsonPropertyName("top_5_questions_by")] string Top5QuestionsBy,
    int TotalTurns,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndsAt,
    DateTimeOffset? EndedAt)
{
    public static MeetingView Of(Meeting meeting, IReadOnlyList<CompanyRepresentative> representatives)
    {
        var ids = RepresentativeIdsOf(meeting);
        return new(
            meeting.Id, meeting.SalespersonId, meeting.CompanyId, meeting.Mode, ids,
            [.. ids.Select(id => representatives.First(r => r.Id == id)).Select(RepresentativeView.Of)],
            meeting.Goal, meeting.DurationMinutes, meeting.Difficulty, meeting.Status, meeting.EndedReason,
            JsonSerializer.Deserialize<string[]>(meeting.TopQuestionsJson) ?? [], meeting.TopQuestionsBy, meeting.TurnCount,
            meeting.CreatedAt, meeting.StartedAt, meeting.StartedAt + TimeSpan.FromMinutes(meeting.DurationMinutes), meeting.EndedAt);
    }

    public static IReadOnlyList<Guid> RepresentativeIdsOf(Meeting meeting) => JsonSerializer.Deserialize<Guid[]>(meeting.RepresentativeIdsJson) ?? [];
}
