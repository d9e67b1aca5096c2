namespace Roundtable.Engine.Practice;

/// <summary>
/// Decides whether a salesperson's line asks (something close to) a top question: at least half of
/// the question's terms, and at least two of them when it has two or more, occur in one line.
/// Terms are stemmed and stop words dropped, so "What budget is set aside?" meets "the budgets set".
/// </summary>
internal static class TopQuestionMatcher
{
    private const double MinCoverage = 0.5;

    public static bool Matches(IReadOnlySet<string> questionTerms, IReadOnlySet<string> lineTerms)
    {
        var shared = questionTerms.Count(lineTerms.Contains);
        return questionTerms.Count > 0
            && shared >= Math.Min(2, questionTerms.Count)
            && TranscriptText.Coverage(questionTerms, lineTerms) >= MinCoverage;
    }

    public static IReadOnlyList<TopQuestionCoverage> Cover(IReadOnlyList<MeetingLine> transcript, IReadOnlyList<string> topQuestions)
    {
        var salesLines = transcript.Where(l => l.IsSalesperson).Select(l => (Line: l, Terms: TranscriptText.Terms(l.Text))).ToList();
        return topQuestions.Select(question =>
        {
            var wanted = TranscriptText.Terms(question);
            var first = salesLines.FirstOrDefault(s => Matches(wanted, s.Terms));
            return new TopQuestionCoverage(question, first.Line is not null, first.Line?.TurnNumber);
        }).ToList();
    }
}
