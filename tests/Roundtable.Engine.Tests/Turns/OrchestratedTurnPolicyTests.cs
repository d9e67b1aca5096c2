using Roundtable.Engine.Agents;
using Roundtable.Engine.Conversations;
using Roundtable.Engine.Practice;
using Roundtable.Engine.Tests.Practice;
using Roundtable.Engine.Turns;

namespace Roundtable.Engine.Tests.Turns;

public sealed class OrchestratedTurnPolicyTests
{
    private static readonly IReadOnlyList<AgentDefinition> Agents = PracticeFixtures.Meeting().Representatives
        .Select(r => new AgentDefinition { Id = r.Id, Name = r.Name, Persona = r.Role, ProviderChain = [] })
        .ToList();

    [Fact]
    public async Task DecideAsync_PersonAddressesARepresentative_ThatAgentSpeaks()
    {
        using var registry = PracticeFixtures.OfflineRegistry();
        var policy = new OrchestratedTurnPolicy(new MeetingOrchestrator(PracticeFixtures.Chain(registry)), PracticeFixtures.Meeting());
        var history = new List<ConversationTurn> { Human(1, "Will, can your team support a REST integration?") };

        var decision = await policy.DecideAsync(new TurnContext(Agents, history), CancellationToken.None);

        Assert.Equal("Will Chen", Assert.Single(decision.Speakers).Name);
        Assert.Equal("Will Chen (CTO) was addressed by first name", decision.Reason);
    }

    [Fact]
    public async Task DecideAsync_OfflineModel_TopicRulesNameTwoAgents()
    {
        using var registry = PracticeFixtures.OfflineRegistry();
        var policy = new OrchestratedTurnPolicy(new MeetingOrchestrator(PracticeFixtures.Chain(registry)), PracticeFixtures.Meeting());
        var history = new List<ConversationTurn> { Human(1, "How would the API integration with SAP affect your costs?") };

        var decision = await policy.DecideAsync(new TurnContext(Agents, history), CancellationToken.None);

        Assert.Equal(["Will Chen", "Maria Lopez"], decision.Speakers.Select(s => s.Name));
    }

    [Fact]
    public async Task DecideAsync_AgentSpokeLast_WaitsForThePerson()
    {
        using var registry = PracticeFixtures.OfflineRegistry();
        var policy = new OrchestratedTurnPolicy(new MeetingOrchestrator(PracticeFixtures.Chain(registry)), PracticeFixtures.Meeting());
        var history = new List<ConversationTurn>
        {
            Human(1, "Hello."),
            new() { Number = 2, SpeakerId = "rep-ceo", SpeakerName = "John Smith", Text = "Go on." },
        };

        var decision = await policy.DecideAsync(new TurnContext(Agents, history), CancellationToken.None);

        Assert.Empty(decision.Speakers);
    }

    private static ConversationTurn Human(int number, string text) =>
        new() { Number = number, SpeakerId = "sam", SpeakerName = "Sam Seller", Text = text, IsHuman = true };
}
