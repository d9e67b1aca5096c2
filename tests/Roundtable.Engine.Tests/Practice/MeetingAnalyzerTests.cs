using Roundtable.Engine.Practice;
using static Roundtable.Engine.Tests.Practice.PracticeFixtures;

namespace Roundtable.Engine.Tests.Practice;

public sealed class MeetingAnalyzerTests
{
    // Words: 9, 6, 14, 4, 4, 6 (salesperson 9 + 14 + 6 = 29 of 43; "Non-negotiable" is one word).
    private static readonly MeetingLine[] Transcript =
    [
        Sales(1, "Thanks for meeting. How do you process invoices today?", 0),
        Rep(2, Cfo, "Manually, mostly. Around four thousand monthly.", 3),
        Sales(3, "That is a lot. What budget have you set aside? And who signs off?", 20),
        Rep(4, Ceo, "I sign off, eventually.", 22),
        Rep(5, Cto, "And SAP stays. Non-negotiable.", 25),
        Sales(6, "Understood. Let's plan a pilot then.", 40),
    ];

    private static readonly string[] TopQuestions =
    [
        "How are invoices processed today?",
        "What budget is set aside for this project?",
        "Which ERP systems must the solution integrate with?",
    ];

    [Fact]
    public void Analyze_FixedTranscript_CountsTurnsWordsAndTalkTime()
    {
        var analytics = MeetingAnalyzer.Analyze(Transcript, TopQuestions);

        Assert.Equal(6, analytics.TotalTurns);
        Assert.Equal(
            [("salesperson", 3, 29), ("rep-cfo", 1, 6), ("rep-ceo", 1, 4), ("rep-cto", 1, 4)],
            analytics.Speakers.Select(s => (s.SpeakerId, s.Turns, s.Words)));
        Assert.Equal(Math.Round(29.0 / 43, 4), analytics.TalkTimeRatio);
        Assert.Equal("words", analytics.TalkTimeBasis);
    }

    [Fact]
    public void Analyze_FixedTranscript_ListsQuestionsMonologueAndInterjections()
    {
        var analytics = MeetingAnalyzer.Analyze(Transcript, TopQuestions);

        Assert.Equal(["How do you process invoices today?", "What budget have you set aside?", "And who signs off?"], analytics.QuestionsAsked);
        Assert.Equal(new Monologue("salesperson", "Sam Seller", 3, 14), analytics.LongestMonologue);
        Assert.Equal(1, analytics.Interjections);
    }

    [Fact]
    public void Analyze_FixedTranscript_CoversTopQuestionsByMeaningfulWords()
    {
        var analytics = MeetingAnalyzer.Analyze(Transcript, TopQuestions);

        Assert.Equal(
            [(true, (int?)1), (true, 3), (false, null)],
            analytics.TopQuestions.Select(q => (q.Covered, q.TurnNumber)));
    }

    [Fact]
    public void Analyze_FixedTranscript_MeasuresReplyLatency()
    {
        var analytics = MeetingAnalyzer.Analyze(Transcript, TopQuestions);

        // Replies came 3 s after turn 1 and 2 s after turn 3; turn 6 got none.
        Assert.Equal(2500, analytics.AverageReplyLatencyMs);
        Assert.Equal(3000, analytics.MaxReplyLatencyMs);
    }

    [Fact]
    public void Analyze_EmptyTranscript_ZerosAndNulls()
    {
        var analytics = MeetingAnalyzer.Analyze([], TopQuestions);

        Assert.Equal(0, analytics.TotalTurns);
        Assert.Equal(0, analytics.TalkTimeRatio);
        Assert.Null(analytics.LongestMonologue);
        Assert.Null(analytics.AverageReplyLatencyMs);
        Assert.All(analytics.TopQuestions, q => Assert.False(q.Covered));
    }
}
