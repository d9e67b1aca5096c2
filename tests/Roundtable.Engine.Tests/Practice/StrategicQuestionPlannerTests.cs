using Roundtable.Engine.Practice;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Tests.Support;
using static Roundtable.Engine.Tests.Practice.PracticeFixtures;

namespace Roundtable.Engine.Tests.Practice;

public sealed class StrategicQuestionPlannerTests : IAsyncLifetime
{
    private LoopbackProviderServer server = null!;

    public async Task InitializeAsync() => server = await LoopbackProviderServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static MeetingBrief Other => new(
        new ProductBrief("ShiftPilot", "Workforce scheduling software that forecasts demand and builds rosters for retail stores.", null,
            [new KnowledgeSnippet("s1", "Case study.docx", "A 40-store grocery chain reduced overtime by 18% in the first quarter.")]),
        new CompanyProfile { Name = "Harbor Foods", Industry = "Grocery retail", CompanySize = "3000", TechStack = ["Oracle Retail"], LatestNews = ["Harbor Foods acquires 12 stores in Ohio"] },
        [new Representative("r1", "Ana Ruiz", "coo", 20, [PersonalityTraits.Cool], true)],
        "Book a scheduling demo with the store operations team",
        "beginner",
        20,
        []);

    [Fact]
    public async Task PlanAsync_Offline_FiveSpecificQuestionsFromTheBrief()
    {
        using var registry = OfflineRegistry();

        var result = await new StrategicQuestionPlanner(Chain(registry)).PlanAsync(Meeting(), CancellationToken.None);

        Assert.True(result.Producer.IsOffline);
        Assert.Equal(5, result.Questions.Count);
        Assert.All(result.Questions, q => Assert.EndsWith("?", q, StringComparison.Ordinal));
        var all = string.Join(' ', result.Questions);
        Assert.Contains("Northwind Logistics", all, StringComparison.Ordinal);
        Assert.Contains("SAP", all, StringComparison.Ordinal);
        Assert.Contains("Hamburg", all, StringComparison.Ordinal);
        Assert.Contains("Accounts Payable Specialist", all, StringComparison.Ordinal);
        Assert.Contains("reading invoices", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanAsync_Offline_DifferentBriefsGiveDifferentQuestions()
    {
        using var registry = OfflineRegistry();
        var planner = new StrategicQuestionPlanner(Chain(registry));

        var first = await planner.PlanAsync(Meeting(), CancellationToken.None);
        var second = await planner.PlanAsync(Other, CancellationToken.None);

        Assert.Empty(first.Questions.Intersect(second.Questions));
        Assert.Contains(second.Questions, q => q.Contains("Oracle Retail", StringComparison.Ordinal));
        Assert.Contains(second.Questions, q => q.Contains("reduced overtime by 18%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PlanAsync_Model_ValidAnswerIsUsed()
    {
        server.ReplyText = """{"questions": ["Q one about SAP?", "Q two about budget?", "Q three about Hamburg?", "Q four about the AP team?", "Q five about timing?"]}""";
        using var registry = LoopbackRegistry(server);

        var result = await new StrategicQuestionPlanner(Chain(registry)).PlanAsync(Meeting(), CancellationToken.None);

        Assert.False(result.Producer.IsOffline);
        Assert.Equal("Q one about SAP?", result.Questions[0]);
        Assert.Equal(5, result.Questions.Count);
        Assert.Contains("Northwind Logistics", server.Requests.Single().MessageText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"questions": ["Only one question here?"]}""")]
    [InlineData("""Here are some questions: what is your budget?""")]
    public async Task PlanAsync_ModelAnswersInvalidly_BuiltFromBriefAndLabelledOffline(string reply)
    {
        server.ReplyText = reply;
        using var registry = LoopbackRegistry(server);

        var result = await new StrategicQuestionPlanner(Chain(registry)).PlanAsync(Meeting(), CancellationToken.None);

        Assert.True(result.Producer.IsOffline);
        Assert.Equal(5, result.Questions.Count);
        Assert.Contains(result.Producer.FailedAttempts, a => a.Provider == "OpenAI");
    }
}
