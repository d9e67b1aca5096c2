using Roundtable.Engine.Practice;
using Roundtable.Engine.Tests.Support;
using static Roundtable.Engine.Tests.Practice.PracticeFixtures;

namespace Roundtable.Engine.Tests.Practice;

public sealed class ScorecardWriterTests : IAsyncLifetime
{
    private static readonly MeetingLine[] Transcript =
    [
        Sales(1, "Thanks for your time. How do you approve invoices today?", 0),
        Rep(2, Cfo, "By hand, and it is slow. Frankly I doubt software fixes that.", 4),
        Sales(3, "I understand the doubt. For example, one freight customer cut processing time by 62% within a quarter, and LedgerFlow pays back in 90 days.", 30),
        Rep(4, Ceo, "Interesting. What would a pilot look like?", 35),
        Sales(5, "I propose a paid pilot for the accounts-payable team; can we schedule the kickoff next Tuesday?", 60),
        Rep(6, Ceo, "Yes, that works for us.", 63),
    ];

    private static readonly string[] TopQuestions = ["How are invoices approved today?", "What budget is available?"];

    private LoopbackProviderServer server = null!;

    public async Task InitializeAsync() => server = await LoopbackProviderServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static MeetingBrief Brief => Meeting() with { TopQuestions = TopQuestions };

    [Fact]
    public async Task WriteAsync_Offline_ComputedFromTranscriptWithRealQuotes()
    {
        using var registry = OfflineRegistry();

        var card = await new ScorecardWriter(Chain(registry)).WriteAsync(Brief, Transcript, MeetingAnalyzer.Analyze(Transcript, TopQuestions), CancellationToken.None);

        Assert.True(card.Producer.IsOffline);
        Assert.Equal(ScorecardCriteria.All, card.Items.Select(i => i.Criterion));
        Assert.All(card.Items, i => Assert.InRange(i.Score, 0, 10));
        Assert.All(card.Items.SelectMany(i => i.Quotes), q => Assert.Contains(Transcript, l => l.Text.Contains(q, StringComparison.Ordinal)));
        var scores = card.Items.ToDictionary(i => i.Criterion, i => i.Score);
        Assert.Equal(10, scores[ScorecardCriteria.ObjectionHandling]);
        Assert.Equal(10, scores[ScorecardCriteria.NextSteps]);
        Assert.True(scores[ScorecardCriteria.GoalAchievement] >= 8);
        Assert.Contains("Frankly I doubt software fixes that.", card.Items[1].Quotes);
        Assert.Equal(Math.Round(card.Items.Average(i => i.Score), 1), card.OverallScore);
    }

    [Fact]
    public async Task WriteAsync_Offline_WeakMeetingScoresLow()
    {
        MeetingLine[] weak = [Sales(1, "Here is our product. It is good.", 0), Rep(2, Cfo, "It sounds expensive and I'm not convinced.", 2), Sales(3, "Okay.", 5)];
        using var registry = OfflineRegistry();

        var card = await new ScorecardWriter(Chain(registry)).WriteAsync(Brief, weak, MeetingAnalyzer.Analyze(weak, TopQuestions), CancellationToken.None);

        Assert.All(card.Items, i => Assert.True(i.Score <= 2, $"{i.Criterion}: {i.Score}"));
    }

    [Fact]
    public async Task WriteAsync_Model_InventedQuotesAreDroppedAndRepaired()
    {
        server.ReplyText = """
            {"items": [
              {"criterion": "discovery", "score": 7, "reason": "Opened with \"How do you approve invoices today?\" which set the scene.", "quotes": ["How do you approve invoices today?"]},
              {"criterion": "objection_handling", "score": 8, "reason": "Handled it: \"we are the best vendor on the market\" was convincing.", "quotes": ["we are the best vendor on the market"]},
              {"criterion": "value_articulation", "score": 8, "reason": "Used figures.", "quotes": ["one freight customer CUT processing time by 62%"]},
              {"criterion": "next_steps", "score": 9, "reason": "Clear kickoff.", "quotes": ["can we schedule the kickoff next Tuesday?"]},
              {"criterion": "goal_achievement", "score": 9, "reason": "Pilot agreed.", "quotes": ["Yes, that works for us."]}
            ], "summary": "A solid meeting."}
            """;
        using var registry = LoopbackRegistry(server);

        var card = await new ScorecardWriter(Chain(registry)).WriteAsync(Brief, Transcript, MeetingAnalyzer.Analyze(Transcript, TopQuestions), CancellationToken.None);

        Assert.False(card.Producer.IsOffline);
        Assert.Equal("A solid meeting.", card.Summary);
        Assert.Equal([7, 8, 8, 9, 9], card.Items.Select(i => i.Score));
        Assert.All(card.Items.SelectMany(i => i.Quotes), q => Assert.Contains(Transcript, l => l.Text.Contains(q, StringComparison.Ordinal)));
        var objection = card.Items[1];
        Assert.DoesNotContain("best vendor", objection.Reason, StringComparison.Ordinal);
        Assert.NotEmpty(objection.Quotes);
        Assert.Contains("How do you approve invoices today?", card.Items[0].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"items": [{"criterion": "discovery", "score": 7, "reason": "x", "quotes": []}], "summary": "s"}""")]
    [InlineData("""{"items": [{"criterion": "discovery", "score": 14}]""")]
    [InlineData("""Great meeting, 9/10.""")]
    public async Task WriteAsync_ModelAnswersInvalidly_ComputedAndLabelledOffline(string reply)
    {
        server.ReplyText = reply;
        using var registry = LoopbackRegistry(server);

        var card = await new ScorecardWriter(Chain(registry)).WriteAsync(Brief, Transcript, MeetingAnalyzer.Analyze(Transcript, TopQuestions), CancellationToken.None);

        Assert.True(card.Producer.IsOffline);
        Assert.Equal(5, card.Items.Count);
        Assert.Contains(card.Producer.FailedAttempts, a => a.Provider == "OpenAI");
    }
}
