namespace Roundtable.Engine.Practice;

/// <summary>Measures of a meeting transcript (computed, never generated).</summary>
/// <remarks>TalkTimeRatio: The salesperson's share of the talk, 0..1, measured on TalkTimeBasis. TalkTimeBasis: "words" until turns carry audio, then "audio_seconds". Interjections: Representative turns that directly follow another representative's turn. AverageReplyLatencyMs: Mean time from a salesperson line to the first representative reply after it; null without replies.</remarks>
public sealed record MeetingAnalytics(
    int TotalTurns,
    IReadOnlyList<SpeakerStats> Speakers,
    double TalkTimeRatio,
    string TalkTimeBasis,
    IReadOnlyList<string> QuestionsAsked,
    Monologue? LongestMonologue,
    int Interjections,
    IReadOnlyList<TopQuestionCoverage> TopQuestions,
    double? AverageReplyLatencyMs,
    double? MaxReplyLatencyMs);
