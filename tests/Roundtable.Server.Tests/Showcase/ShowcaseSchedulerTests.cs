using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;
using Roundtable.Server.Showcase;
using Roundtable.Server.Tests.Support;
using static Roundtable.Server.Tests.Support.ClassicTimeline;

namespace Roundtable.Server.Tests.Showcase;

/// <summary>The Showcase clock driving a whole classic cycle of seed 000's demo business on a fake clock.</summary>
public sealed class ShowcaseSchedulerTests
{
    private static readonly string[] AgentOrder = ["Business AI Assistant", "SEO AI Specialist", "Customer Service AI", "Marketing AI Expert"];

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task ExecuteAsync_ClassicCycle_WaitsPublishesSixteenOnPlanBreaksAndStartsNextTopic(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new ShowcaseServer(database);
        const int id = TestBusinesses.DemoId;
        await server.WaitForStateAsync(id, s => s.Status == ShowcaseStatus.Waiting, "WAITING at start");
        await using var hub = await ShowcaseHubClient.ConnectAsync(server);
        await hub.JoinAsync(id);
        using var http = server.CreateClient();

        var waiting = await AssertStateEverywhereAsync(server, hub, http, id, ShowcaseStatus.Waiting, messageCount: 0,
            nextConversation: StartOf(0), nextEvent: StartOf(0));
        Assert.Equal(Anchor, waiting.PhaseStartedAt);

        for (var number = 1; number <= Messages; number++)
        {
            server.AdvanceTo(MessageAt(0, number));

            // The next event is the next message, and after the 16th the completion: both are one interval on.
            var active = await AssertStateEverywhereAsync(server, hub, http, id, ShowcaseStatus.Active, number,
                nextConversation: StartOf(1), nextEvent: MessageAt(0, number) + MessageInterval);
            Assert.Equal(StartOf(0), active.PhaseStartedAt);
            var conversation = Assert.Single(await StoredShowcase.ConversationsAsync(database, id));
            var published = conversation.Messages.Where(m => m.PublishedAt is not null).ToList();
            Assert.Equal(Enumerable.Range(1, number), published.Select(m => m.MessageNumber));
            var message = published[^1];
            Assert.Equal(AgentOrder[(number - 1) % 4], message.AgentName);
            Assert.Equal((number - 1) / 4 + 1, message.RoundNumber);
            Assert.Equal(MessageAt(0, number), message.PlannedAt);
            Assert.Equal(message.PlannedAt, message.PublishedAt);
        }

        server.AdvanceTo(CompletionOf(0));
        var onBreak = await AssertStateEverywhereAsync(server, hub, http, id, ShowcaseStatus.Break, messageCount: 0,
            nextConversation: StartOf(1), nextEvent: StartOf(1));
        Assert.Equal(CompletionOf(0), onBreak.PhaseStartedAt);
        var completed = Assert.Single(await StoredShowcase.ConversationsAsync(database, id));
        Assert.Equal(ConversationStatus.Completed, completed.Status);
        Assert.Equal(CompletionOf(0), completed.CompletedAt);
        Assert.Equal(Messages, completed.Messages.Count);
        Assert.All(completed.Messages, m => Assert.Equal(m.PlannedAt, m.PublishedAt));

        server.AdvanceTo(StartOf(1));
        await AssertStateEverywhereAsync(server, hub, http, id, ShowcaseStatus.Active, messageCount: 1,
            nextConversation: StartOf(2), nextEvent: MessageAt(1, 2));
        var conversations = await StoredShowcase.ConversationsAsync(database, id);
        Assert.Equal([0, 1], conversations.Select(c => c.CycleIndex));
        var next = conversations[1];
        Assert.Equal(StartOf(1), next.PlannedStart);
        Assert.Contains(next.Topic, DemoData.RoofingTopics);
        Assert.NotEqual(completed.Topic, next.Topic);
        Assert.Equal(StartOf(1), Assert.Single(next.Messages, m => m.PublishedAt is not null).PublishedAt);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task ExecuteAsync_AlignedCycle_StartsOnBoundaryAndPublishesEachMessageAtItsPlannedGap(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var boundary = ShowcaseServer.Start;
        await using var server = new ShowcaseServer(database, new FakeTimeProvider(boundary - TimeSpan.FromMinutes(10)),
            new Dictionary<string, string?> { ["Showcase:Mode"] = "aligned" });
        const int id = TestBusinesses.DemoId;
        var waiting = await server.WaitForStateAsync(id, s => s.Status == ShowcaseStatus.Waiting, "WAITING for the boundary");
        Assert.Equal(boundary, waiting.NextConversationTime);

        server.AdvanceTo(boundary);
        var state = await server.WaitForStateAsync(id, s => s.Status == ShowcaseStatus.Active && s.MessageCount == 1, "message 1 on the boundary");
        for (var number = 2; number <= Messages; number++)
        {
            // The random gaps are the plan's business; the test only goes where the server says the next event is.
            var gap = state.NextEventTime!.Value - server.Clock.GetUtcNow();
            Assert.InRange(gap, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2));
            server.AdvanceTo(state.NextEventTime.Value);
            var count = number;
            state = await server.WaitForStateAsync(id, s => s.MessageCount == count || s.Status == ShowcaseStatus.Break, $"message {number}");
        }

        // The last message is also the completion: the conversation is over the moment it is published.
        Assert.Equal(ShowcaseStatus.Break, state.Status);
        Assert.Equal(boundary + TimeSpan.FromMinutes(30), state.NextConversationTime);
        var conversation = Assert.Single(await StoredShowcase.ConversationsAsync(database, id));
        Assert.Equal(ConversationStatus.Completed, conversation.Status);
        Assert.Equal(Enumerable.Range(1, Messages), conversation.Messages.Select(m => m.MessageNumber));
        Assert.Equal(boundary, conversation.Messages[0].PublishedAt);
        Assert.All(conversation.Messages, m => Assert.Equal(m.PlannedAt, m.PublishedAt));
        Assert.Equal(conversation.Messages[^1].PlannedAt, conversation.CompletedAt);

        server.AdvanceTo(boundary + TimeSpan.FromMinutes(30));
        await server.WaitForStateAsync(id, s => s.Status == ShowcaseStatus.Active && s.PhaseStartedAt == boundary + TimeSpan.FromMinutes(30),
            "the next conversation on the next boundary");
    }

    /// <summary>
    /// The same state in the server's store, in the <c>state_update</c> the hub client received and in
    /// <c>/api/system-status</c>; returns the stored one.
    /// </summary>
    private static async Task<ShowcaseState> AssertStateEverywhereAsync(ShowcaseServer server, ShowcaseHubClient hub, HttpClient http,
        int businessId, string status, int messageCount, DateTimeOffset nextConversation, DateTimeOffset nextEvent)
    {
        var what = $"{status} with {messageCount} messages at {server.Clock.GetUtcNow():HH:mm}";
        var state = await server.WaitForStateAsync(businessId, s => s.Status == status && s.MessageCount == messageCount, what);
        Assert.Equal(nextConversation, state.NextConversationTime);
        Assert.Equal(nextEvent, state.NextEventTime);
        Assert.Equal(status == ShowcaseStatus.Active, state.ConversationActive);

        // A state_update is recognised by all it says, since an earlier conversation sent ones with the same status and count.
        var update = await hub.WaitForStateAsync(s =>
            s.GetProperty("status").GetString() == status
            && s.GetProperty("message_count").GetInt32() == messageCount
            && s.GetProperty("next_conversation_time").GetDateTimeOffset() == nextConversation
            && s.GetProperty("next_event_time").GetDateTimeOffset() == nextEvent, what);
        Assert.Equal(status == ShowcaseStatus.Active, update.GetProperty("conversation_active").GetBoolean());
        Assert.Equal(Messages, update.GetProperty("total_messages").GetInt32());

        var system = await http.GetFromJsonAsync<JsonElement>($"/api/system-status?business_id={businessId}");
        Assert.Equal(status.ToLowerInvariant(), system.GetProperty("conversation_status").GetString());
        Assert.Equal(status == ShowcaseStatus.Active, system.GetProperty("conversation_active").GetBoolean());
        Assert.Equal(nextConversation, system.GetProperty("next_conversation_time").GetDateTimeOffset());
        return state;
    }
}
