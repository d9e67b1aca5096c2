namespace Roundtable.Engine.Practice;

/// <summary>Computes <see cref="MeetingAnalytics"/> from a transcript.</summary>
public static class MeetingAnalyzer
{
    public static MeetingAnalytics Analyze(IReadOnlyList<MeetingLine> transcript, IReadOnlyList<string> topQuestions) =>
        throw new NotImplementedException("Contract placeholder: implemented on the practice-engine branch.");
}
