using Roundtable.Engine.Practice;
using Roundtable.Engine.Tests.Support;
using static Roundtable.Engine.Tests.Practice.PracticeFixtures;

namespace Roundtable.Engine.Tests.Practice;

/// <summary>The orchestrator through the real provider pipeline against a loopback OpenAI server.</summary>
public sealed class MeetingOrchestratorTests : IAsyncLifetime
{
    private LoopbackProviderServer server = null!;

    public async Task InitializeAsync() => server = await LoopbackProviderServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task PlanAsync_Addressed_NamedRepresentativeAnswersWithoutAskingTheModel()
    {
        using var registry = LoopbackRegistry(server);

        var plan = await new MeetingOrchestrator(Chain(registry)).PlanAsync(Meeting(), [Sales(1, "Maria, what would the budget be?")], CancellationToken.None);

        Assert.Equal(["rep-cfo"], plan.RepresentativeIds);
        Assert.Equal(ResponderPlanSource.Addressed, plan.Source);
        Assert.Equal("Maria Lopez (CFO) was addressed by first name", plan.Reason);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task PlanAsync_ModelChoosesTwo_ValidPlanWithProducerAndRestrictedSchema()
    {
        server.ReplyText = """{"responders": ["rep-cto", "rep-cfo"], "reason": "Integration first, then what it costs."}""";
        using var registry = LoopbackRegistry(server);

        var plan = await new MeetingOrchestrator(Chain(registry)).PlanAsync(Meeting(), [Sales(1, "How does the connection to your ERP affect running costs?")], CancellationToken.None);

        Assert.Equal(["rep-cto", "rep-cfo"], plan.RepresentativeIds);
        Assert.Equal(ResponderPlanSource.Model, plan.Source);
        Assert.Equal("Integration first, then what it costs.", plan.Reason);
        Assert.NotNull(plan.Producer);
        Assert.False(plan.Producer.IsOffline);
        Assert.True(plan.Producer.OutputTokens > 0);
        var format = server.Requests.Single().Json!.RootElement.GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        var ids = format.GetProperty("json_schema").GetProperty("schema").GetProperty("properties").GetProperty("responders")
            .GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(["rep-ceo", "rep-cfo", "rep-cto"], ids);
    }

    [Fact]
    public async Task PlanAsync_ModelChoosesNobody_StatementIsLeftToStand()
    {
        server.ReplyText = """{"responders": [], "reason": "A statement of fact; nobody needs to reply."}""";
        using var registry = LoopbackRegistry(server);

        var plan = await new MeetingOrchestrator(Chain(registry)).PlanAsync(Meeting(), [Sales(1, "I'll put the deck in the shared folder after this call.")], CancellationToken.None);

        Assert.Empty(plan.RepresentativeIds);
        Assert.Equal(ResponderPlanSource.Model, plan.Source);
    }

    [Fact]
    public async Task PlanAsync_ModelChoosesOne_SameRepresentativeMaySpeakAgain()
    {
        server.ReplyText = """{"responders": ["rep-cfo"], "reason": "Follow-up on her own point."}""";
        using var registry = LoopbackRegistry(server);
        var history = new[] { Sales(1, "What does invoice processing cost today?"), Rep(2, Cfo, "About eleven dollars an invoice."), Sales(3, "And how many invoices a month?") };

        var plan = await new MeetingOrchestrator(Chain(registry)).PlanAsync(Meeting(), history, CancellationToken.None);

        Assert.Equal(["rep-cfo"], plan.RepresentativeIds);
        Assert.Equal(ResponderPlanSource.Model, plan.Source);
    }

    [Theory]
    [InlineData("""{"responders": ["rep-cfo", "rep-hr"], "reason": "x"}""", "unknown representative id")]
    [InlineData("""{"responders": ["rep-cfo", "rep-cto", "rep-ceo"], "reason": "x"}""", "3 responders")]
    [InlineData("""{"responders": "rep-cfo", "reason": "x"}""", "no \"responders\" array")]
    [InlineData("""{"responders": ["rep-cfo", "rep-cfo"], "reason": "x"}""", "named twice")]
    [InlineData("""I think the CFO should answer this one.""", "not a JSON object")]
    [InlineData("""{"responders": ["rep-cfo", """, "not a JSON object")]
    public async Task PlanAsync_InvalidModelAnswer_RulesDecideAndSayWhy(string reply, string problem)
    {
        server.ReplyText = reply;
        using var registry = LoopbackRegistry(server);

        var plan = await new MeetingOrchestrator(Chain(registry)).PlanAsync(Meeting(), [Sales(1, "What would the budget look like for this?")], CancellationToken.None);

        Assert.Equal(ResponderPlanSource.Rules, plan.Source);
        Assert.Equal(["rep-cfo"], plan.RepresentativeIds);
        Assert.StartsWith("budget question → Maria Lopez (CFO)", plan.Reason, StringComparison.Ordinal);
        Assert.Contains(problem, plan.Reason, StringComparison.Ordinal);
        Assert.NotNull(plan.Producer);
        Assert.False(plan.Producer.IsOffline);
    }

    [Fact]
    public async Task PlanAsync_ProviderFails_OfflineAnswersAndRulesDecide()
    {
        server.EnqueueFault(ProviderFault.Status(500));
        using var registry = LoopbackRegistry(server);

        var plan = await new MeetingOrchestrator(Chain(registry)).PlanAsync(Meeting(), [Sales(1, "How does the API handle security and SSO?")], CancellationToken.None);

        Assert.Equal(ResponderPlanSource.Rules, plan.Source);
        Assert.Equal(["rep-cto"], plan.RepresentativeIds);
        Assert.Null(plan.Producer);
    }

    [Fact]
    public async Task PlanAsync_ClientThrows_RulesDecide()
    {
        var failing = new FakeChatClient { OnGetResponse = (_, _, _) => throw new InvalidOperationException("boom") };

        var plan = await new MeetingOrchestrator(failing).PlanAsync(Meeting(), [Sales(1, "What is your growth strategy for next year?")], CancellationToken.None);

        Assert.Equal(ResponderPlanSource.Rules, plan.Source);
        Assert.Equal(["rep-ceo"], plan.RepresentativeIds);
        Assert.Contains("the orchestrator model failed", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanAsync_OfflineOnly_RulesGiveDeterministicPlans()
    {
        using var registry = OfflineRegistry();
        var orchestrator = new MeetingOrchestrator(Chain(registry));

        var first = await orchestrator.PlanAsync(Meeting(), [Sales(1, "What is the price for 2,000 invoices a month?")], CancellationToken.None);
        var again = await orchestrator.PlanAsync(Meeting(), [Sales(1, "What is the price for 2,000 invoices a month?")], CancellationToken.None);

        Assert.Equal(["rep-cfo", "rep-ceo"], first.RepresentativeIds);
        Assert.Equal(first.RepresentativeIds, again.RepresentativeIds);
        Assert.Equal(first.Reason, again.Reason);
        Assert.Equal(ResponderPlanSource.Rules, first.Source);
        Assert.Null(first.Producer);
    }
}
