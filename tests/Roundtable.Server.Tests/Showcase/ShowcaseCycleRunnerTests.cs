using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;
using Roundtable.Server.Showcase;
using Roundtable.Server.Tests.Support;
using static Roundtable.Server.Tests.Support.ClassicTimeline;

namespace Roundtable.Server.Tests.Showcase;

/// <summary>The runner's rules: credits, topics, and picking a cycle up again after the server stopped.</summary>
public sealed class ShowcaseCycleRunnerTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task AdvanceAsync_TwoCreditsBesideUnlimited_LimitedRunsTwoThenPausesUnlimitedNeverCharged(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var limited = TestBusinesses.Create("Two Credit Plumbing", credits: 2, "Drain cleaning", "Water heaters");
        var unlimited = TestBusinesses.Create("Unlimited Plumbing", credits: -1, "Leak detection");
        await database.SeedAsync(limited, unlimited);
        await using var server = new ShowcaseServer(database);
        await server.WaitForStateAsync(limited.Id, s => s.Status == ShowcaseStatus.Waiting, "WAITING at start");
        await server.WaitForStateAsync(unlimited.Id, s => s.Status == ShowcaseStatus.Waiting, "WAITING at start");

        for (var conversation = 0; conversation < 2; conversation++)
        {
            server.AdvanceTo(StartOf(conversation));
            await WaitForConversationAsync(server, limited.Id, conversation);
            await WaitForConversationAsync(server, unlimited.Id, conversation);
            Assert.Equal(1 - conversation, await StoredShowcase.CreditsAsync(database, limited.Id));
            Assert.Equal(-1, await StoredShowcase.CreditsAsync(database, unlimited.Id));

            server.AdvanceTo(CompletionOf(conversation));
            await server.WaitForStateAsync(limited.Id, s => s.Status == ShowcaseStatus.Break, $"BREAK after conversation {conversation}");
            await server.WaitForStateAsync(unlimited.Id, s => s.Status == ShowcaseStatus.Break, $"BREAK after conversation {conversation}");
        }

        server.AdvanceTo(StartOf(2));
        var paused = await server.WaitForStateAsync(limited.Id, s => s.Status == ShowcaseStatus.Paused, "PAUSED without credits");
        await WaitForConversationAsync(server, unlimited.Id, 2);
        Assert.Null(paused.NextConversationTime);
        Assert.Null(paused.NextEventTime);
        using var http = server.CreateClient();
        var status = await http.GetFromJsonAsync<JsonElement>($"/api/system-status?business_id={limited.Id}");
        Assert.Equal("paused", status.GetProperty("conversation_status").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("next_conversation_time").ValueKind);

        // Another whole period later the unlimited business is on its fourth conversation; the paused one has not moved.
        server.AdvanceTo(StartOf(3));
        await WaitForConversationAsync(server, unlimited.Id, 3);
        Assert.Equal(ShowcaseStatus.Paused, server.States.Get(limited.Id)!.Status);
        var limitedConversations = await StoredShowcase.ConversationsAsync(database, limited.Id);
        Assert.Equal([0, 1], limitedConversations.Select(c => c.CycleIndex));
        Assert.All(limitedConversations, c => Assert.Equal(ConversationStatus.Completed, c.Status));
        Assert.All(limitedConversations, c => Assert.Equal(Messages, c.Messages.Count(m => m.PublishedAt is not null)));
        Assert.Equal(0, await StoredShowcase.CreditsAsync(database, limited.Id));
        Assert.Equal(-1, await StoredShowcase.CreditsAsync(database, unlimited.Id));
        Assert.Equal(4, (await StoredShowcase.ConversationsAsync(database, unlimited.Id)).Count);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task AdvanceAsync_BusinessWithoutTopics_DiscussesTopicsMadeFromItsProfile(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var business = TestBusinesses.Create("Topicless Plumbing", credits: -1);
        await database.SeedAsync(business);
        await using var server = new ShowcaseServer(database);
        await server.WaitForStateAsync(business.Id, s => s.Status == ShowcaseStatus.Waiting, "WAITING at start");

        server.AdvanceTo(StartOf(0));
        var state = await WaitForConversationAsync(server, business.Id, 0);

        var conversation = Assert.Single(await StoredShowcase.ConversationsAsync(database, business.Id));
        Assert.Equal(TopicPicker.FromProfile(business)[0], conversation.Topic);
        Assert.Contains("plumbing", conversation.Topic, StringComparison.Ordinal);
        Assert.Contains("Austin, Texas", conversation.Topic, StringComparison.Ordinal);
        Assert.Equal(conversation.Topic, state.Topic);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task AdvanceAsync_RestartMidConversation_PublishesMissedMessagesOnceAndContinuesOnPlan(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        const int id = TestBusinesses.DemoId;
        await using (var before = new ShowcaseServer(database))
        {
            await before.WaitForStateAsync(id, s => s.Status == ShowcaseStatus.Waiting, "WAITING at start");
            for (var number = 1; number <= 6; number++)
            {
                before.AdvanceTo(MessageAt(0, number));
                await before.WaitForStateAsync(id, s => s.MessageCount == number, $"message {number}");
            }

            // Let the look-ahead finish writing 7 and 8, so nothing of the old host is still at work when it stops.
            await WaitForWrittenAsync(database, id, 8);
        }

        var restartedAt = MessageAt(0, 9) + TimeSpan.FromSeconds(30);
        await using var after = new ShowcaseServer(database, new FakeTimeProvider(restartedAt));
        await after.WaitForStateAsync(id, s => s.Status == ShowcaseStatus.Active && s.MessageCount == 9, "messages 7–9 caught up");
        await using var hub = await ShowcaseHubClient.ConnectAsync(after);
        await hub.JoinAsync(id);
        for (var number = 10; number <= Messages; number++)
        {
            after.AdvanceTo(MessageAt(0, number));
            await after.WaitForStateAsync(id, s => s.MessageCount == number, $"message {number}");
        }

        after.AdvanceTo(CompletionOf(0));
        await after.WaitForStateAsync(id, s => s.Status == ShowcaseStatus.Break, "BREAK");
        await hub.WaitForStateAsync(s => s.GetProperty("status").GetString() == "BREAK", "BREAK");

        var conversation = Assert.Single(await StoredShowcase.ConversationsAsync(database, id));
        Assert.Equal(ConversationStatus.Completed, conversation.Status);
        Assert.Equal(Enumerable.Range(1, Messages), conversation.Messages.Select(m => m.MessageNumber));
        Assert.All(conversation.Messages.Where(m => m.MessageNumber is <= 6 or >= 10), m => Assert.Equal(m.PlannedAt, m.PublishedAt));
        Assert.All(conversation.Messages.Where(m => m.MessageNumber is >= 7 and <= 9), m => Assert.Equal(restartedAt, m.PublishedAt));
        Assert.Equal(Enumerable.Range(10, 7), hub.Messages.Select(m => m.GetProperty("message_number").GetInt32()));
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task AdvanceAsync_RestartAfterTheNextSlotBegan_FinishesInterruptedConversationAndStartsAtFollowingSlot(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        const int id = TestBusinesses.DemoId;
        await using (var before = new ShowcaseServer(database))
        {
            await before.WaitForStateAsync(id, s => s.Status == ShowcaseStatus.Waiting, "WAITING at start");
            for (var number = 1; number <= 4; number++)
            {
                before.AdvanceTo(MessageAt(0, number));
                await before.WaitForStateAsync(id, s => s.MessageCount == number, $"message {number}");
            }

            await WaitForWrittenAsync(database, id, 6);
        }

        // Down until four minutes into the second slot: too late to start it, so it is skipped, not crammed in.
        var restartedAt = StartOf(1) + TimeSpan.FromMinutes(4);
        await using var after = new ShowcaseServer(database, new FakeTimeProvider(restartedAt));
        var waiting = await after.WaitForStateAsync(id, s => s.Status == ShowcaseStatus.Break, "BREAK until the following slot");
        Assert.Equal(StartOf(2), waiting.NextConversationTime);
        var interrupted = Assert.Single(await StoredShowcase.ConversationsAsync(database, id));
        Assert.Equal(ConversationStatus.Completed, interrupted.Status);
        Assert.Equal(restartedAt, interrupted.CompletedAt);
        Assert.Equal(Enumerable.Range(1, Messages), interrupted.Messages.Select(m => m.MessageNumber));
        Assert.All(interrupted.Messages, m => Assert.NotNull(m.PublishedAt));

        after.AdvanceTo(StartOf(2));
        var resumed = await WaitForConversationAsync(after, id, 2);
        Assert.Equal(1, resumed.MessageCount);
        var conversations = await StoredShowcase.ConversationsAsync(database, id);
        Assert.Equal([0, 2], conversations.Select(c => c.CycleIndex));
        Assert.Equal(DemoData.RoofingTopics[2], conversations[1].Topic);
        Assert.Equal(StartOf(2), conversations[1].Messages.Single(m => m.MessageNumber == 1).PublishedAt);
    }

    /// <summary>Waits until the business is ACTIVE in the conversation of slot <paramref name="index"/> with its first message out.</summary>
    private static async Task<ShowcaseState> WaitForConversationAsync(ShowcaseServer server, int businessId, int index)
    {
        var state = await server.WaitForStateAsync(businessId,
            s => s.Status == ShowcaseStatus.Active && s.PhaseStartedAt == StartOf(index), $"conversation {index} ACTIVE");
        Assert.Equal(StartOf(index), state.PhaseStartedAt);
        return state;
    }

    private static Task WaitForWrittenAsync(TestDatabase database, int businessId, int count) =>
        Eventually.GetAsync(async () => (await StoredShowcase.ConversationsAsync(database, businessId)).Single().Messages.Count,
            written => written == count, $"{count} messages written");
}
