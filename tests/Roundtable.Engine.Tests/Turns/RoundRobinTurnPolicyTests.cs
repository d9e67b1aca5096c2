using Roundtable.Engine.Agents;
using Roundtable.Engine.Conversations;
using Roundtable.Engine.Turns;

namespace Roundtable.Engine.Tests.Turns;

public sealed class RoundRobinTurnPolicyTests
{
    [Fact]
    public async Task DecideAsync_SixteenTurns_FourRoundsInSeedOrder()
    {
        var policy = new RoundRobinTurnPolicy();
        var history = new List<ConversationTurn>();
        var speakers = new List<string>();
        for (var i = 1; i <= 16; i++)
        {
            var decision = await policy.DecideAsync(new TurnContext(ShowcaseAgents.Default, history), CancellationToken.None);
            var speaker = Assert.Single(decision.Speakers);
            speakers.Add(speaker.Name);
            history.Add(new ConversationTurn { Number = i, SpeakerId = speaker.Id, SpeakerName = speaker.Name, Text = "." });
        }

        string[] round = ["Business AI Assistant", "SEO AI Specialist", "Customer Service AI", "Marketing AI Expert"];
        Assert.Equal([.. round, .. round, .. round, .. round], speakers);
    }

    [Fact]
    public async Task DecideAsync_HumanTurnsInHistory_DoNotShiftTheRotation()
    {
        var history = new List<ConversationTurn>
        {
            new() { Number = 1, SpeakerId = "business-assistant", SpeakerName = "Business AI Assistant", Text = "." },
            new() { Number = 2, SpeakerId = "visitor", SpeakerName = "Visitor", Text = "?", IsHuman = true },
        };

        var decision = await new RoundRobinTurnPolicy().DecideAsync(new TurnContext(ShowcaseAgents.Default, history), CancellationToken.None);

        Assert.Equal("SEO AI Specialist", Assert.Single(decision.Speakers).Name);
    }

    [Fact]
    public async Task SingleAssistant_AnswersOnlyAfterThePerson()
    {
        var policy = new SingleAssistantTurnPolicy();
        var agent = ShowcaseAgents.BusinessAssistant;

        var before = await policy.DecideAsync(new TurnContext([agent], []), CancellationToken.None);
        var after = await policy.DecideAsync(new TurnContext([agent],
            [new ConversationTurn { Number = 1, SpeakerId = "p", SpeakerName = "Person", Text = "Hi", IsHuman = true }]), CancellationToken.None);

        Assert.Empty(before.Speakers);
        Assert.Same(agent, Assert.Single(after.Speakers));
    }
}
