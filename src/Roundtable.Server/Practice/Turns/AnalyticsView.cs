using System.Text.Json.Serialization;
using Roundtable.Engine.Practice;

namespace Roundtable.Server.Practice.Turns;

/// <summary>A meeting's analytics as the API shows them.</summary>
public sealed record AnalyticsView(
    Guid MeetingId,
    int TotalTurns,
    IReadOnlyList<SpeakerStats> Speakers,
    double TalkTimeRatio,
    string TalkTimeBasis,
    QuestionsAskedView QuestionsAsked,
    Monologue? LongestMonologue,
    int Interjections,
    [property: JsonPropertyName("top_5_questions_covered")] IReadOnlyList<TopQuestionCoverage> Top5QuestionsCovered,
    double? AverageReplyLatencyMs,
    double? MaxReplyLatencyMs)
{
    public static AnalyticsView Of(Guid meetingId, MeetingAnalytics a) => new(
        meetingId, a.TotalTurns, a.Speakers, a.TalkTimeRatio, a.TalkTimeBasis, new QuestionsAskedView(a.QuestionsAsked.Count, a.QuestionsAsked),
        a.LongestMonologue, a.Interjections, a.TopQuestions, a.AverageReplyLatencyMs, a.MaxReplyLatencyMs);
}
