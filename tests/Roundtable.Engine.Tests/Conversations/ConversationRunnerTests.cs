using Roundtable.Engine.Agents;
using Roundtable.Engine.Conversations;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Tests.Support;
using Roundtable.Engine.Turns;

namespace Roundtable.Engine.Tests.Conversations;

public sealed class ConversationRunnerTests
{
    private static readonly ConversationSetting Setting = new()
    {
        Topic = "Storm damage restoration",
        TotalMessages = 8,
        Seed = 7,
        Business = new BusinessProfile { Name = "Perfect Roofing Team", Industry = "Roofing", Location = "Lodi, New Jersey" },
    };

    [Fact]
    public async Task RunAsync_NoKeys_EightOfflineMessagesInRotationThatSaySo()
    {
        using var engine = new TestEngine();

        var events = await Collect(engine.Runner.RunAsync(ShowcaseAgents.Default, new RoundRobinTurnPolicy(), Setting, TimeSpan.Zero));

        var turns = events.OfType<TurnCompleted>().Select(e => e.Turn).ToList();
        Assert.Equal(8, turns.Count);
        Assert.Equal(Enumerable.Range(1, 8), turns.Select(t => t.Number));
        Assert.Equal(ShowcaseAgents.Default.Concat(ShowcaseAgents.Default).Select(a => a.Name), turns.Select(t => t.SpeakerName));
        Assert.All(turns, turn =>
        {
            Assert.NotNull(turn.Producer);
            Assert.True(turn.Producer.IsOffline);
            Assert.Equal("offline", turn.Producer.Label);
            Assert.Contains("not configured", turn.Producer.FallbackReason);
            Assert.False(string.IsNullOrWhiteSpace(turn.Text));
        });
        Assert.Equal("OpenAI: not configured; Anthropic: not configured; Perplexity: not configured; Gemini: not configured",
            turns[0].Producer!.FallbackReason);
    }

    [Fact]
    public async Task RunAsync_Deltas_AddUpToEachCompletedMessage()
    {
        using var engine = new TestEngine();

        var events = await Collect(engine.Runner.RunAsync(ShowcaseAgents.Default, new RoundRobinTurnPolicy(), Setting with { TotalMessages = 3 }, TimeSpan.Zero));

        foreach (var completed in events.OfType<TurnCompleted>())
        {
            var streamed = string.Concat(events.OfType<TurnDelta>().Where(d => d.Number == completed.Number).Select(d => d.Text));
            Assert.Equal(completed.Turn.Text, streamed.Trim());
        }
    }

    [Fact]
    public async Task RunAsync_SameSeed_SameConversation()
    {
        using var engine = new TestEngine();

        var first = await Texts(engine);
        var second = await Texts(engine);

        Assert.Equal(first, second);
    }

    private static async Task<List<string>> Texts(TestEngine engine) =>
        (await Collect(engine.Runner.RunAsync(ShowcaseAgents.Default, new RoundRobinTurnPolicy(), Setting with { TotalMessages = 4 }, TimeSpan.Zero)))
        .OfType<TurnCompleted>().Select(e => e.Turn.Text).ToList();

    private static async Task<List<ConversationEvent>> Collect(IAsyncEnumerable<ConversationEvent> events)
    {
        var list = new List<ConversationEvent>();
        await foreach (var item in events)
        {
            list.Add(item);
        }

        return list;
    }
}
