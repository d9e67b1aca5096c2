using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Roundtable.Server.Showcase;
using Roundtable.Server.Tests.Support;
using static Roundtable.Server.Tests.Support.ClassicTimeline;

namespace Roundtable.Server.Tests.Realtime;

/// <summary>A real SignalR client in a business's room, as the live page is.</summary>
public sealed class ShowcaseHubTests
{
    private static readonly string[] MessageFields =
    [
        "id", "conversation_id", "agent_name", "agent_type", "content", "message_number", "round_number", "timestamp",
        "provider", "model", "is_offline", "agent_color",
    ];

    private static readonly string[] StateFields =
    [
        "business_id", "status", "conversation_active", "message_count", "total_messages", "current_conversation_id", "topic",
        "next_conversation_time", "next_event_time", "phase_started_at", "server_time",
    ];

    private static readonly (string Name, string Type, string Color)[] Agents =
    [
        ("Business AI Assistant", "business-assistant", "#0d6efd"),
        ("SEO AI Specialist", "seo-specialist", "#198754"),
        ("Customer Service AI", "customer-service", "#fd7e14"),
        ("Marketing AI Expert", "marketing-expert", "#6f42c1"),
    ];

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task JoinRoom_KnownBusiness_SendsCurrentStateAtOnceWithContractFields(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new ShowcaseServer(database);
        await server.WaitForStateAsync(TestBusinesses.DemoId, s => s.Status == ShowcaseStatus.Waiting, "WAITING at start");
        await using var hub = await ShowcaseHubClient.ConnectAsync(server);

        await hub.JoinAsync(TestBusinesses.DemoId);

        var state = await hub.WaitForStateAsync(_ => true, "the state sent on joining");
        Assert.Equal(StateFields.Order(), Names(state).Order());
        Assert.Equal(TestBusinesses.DemoId, state.GetProperty("business_id").GetInt32());
        Assert.Equal("WAITING", state.GetProperty("status").GetString());
        Assert.Equal(StartOf(0), state.GetProperty("next_conversation_time").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("current_conversation_id").ValueKind);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task JoinRoom_WholeConversation_ReceivesEveryNewMessageOnceInOrder(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new ShowcaseServer(database);
        await server.WaitForStateAsync(TestBusinesses.DemoId, s => s.Status == ShowcaseStatus.Waiting, "WAITING at start");
        await using var hub = await ShowcaseHubClient.ConnectAsync(server);
        await hub.JoinAsync(TestBusinesses.DemoId);

        for (var number = 1; number <= Messages; number++)
        {
            server.AdvanceTo(MessageAt(0, number));
            await hub.WaitForMessagesAsync(number);
        }

        server.AdvanceTo(CompletionOf(0));
        // Events reach a connection in the order they were sent: once BREAK is here, every message sent before it is too.
        await hub.WaitForStateAsync(s => s.GetProperty("status").GetString() == "BREAK", "BREAK after the conversation");
        var received = hub.Messages;
        Assert.Equal(Enumerable.Range(1, Messages), received.Select(m => m.GetProperty("message_number").GetInt32()));
        var stored = Assert.Single(await StoredShowcase.ConversationsAsync(database, TestBusinesses.DemoId));
        for (var i = 0; i < Messages; i++)
        {
            var message = received[i];
            var agent = Agents[i % Agents.Length];
            Assert.Equal(MessageFields.Order(), Names(message).Order());
            Assert.Equal(stored.Messages[i].Id, message.GetProperty("id").GetInt64());
            Assert.Equal(stored.Id, message.GetProperty("conversation_id").GetInt32());
            Assert.Equal(agent.Name, message.GetProperty("agent_name").GetString());
            Assert.Equal(agent.Type, message.GetProperty("agent_type").GetString());
            Assert.Equal(agent.Color, message.GetProperty("agent_color").GetString());
            Assert.Equal(i / 4 + 1, message.GetProperty("round_number").GetInt32());
            Assert.Equal(stored.Messages[i].Content, message.GetProperty("content").GetString());
            Assert.False(string.IsNullOrWhiteSpace(message.GetProperty("content").GetString()));
            Assert.Equal(MessageAt(0, i + 1), message.GetProperty("timestamp").GetDateTimeOffset());
            Assert.Equal("Offline", message.GetProperty("provider").GetString());
            Assert.Equal("roundtable-offline-1", message.GetProperty("model").GetString());
            Assert.True(message.GetProperty("is_offline").GetBoolean());
        }
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task JoinRoom_UnknownOrInvalidBusiness_ThrowsHubExceptionAndKeepsConnection(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new ShowcaseServer(database);
        await using var hub = await ShowcaseHubClient.ConnectAsync(server);

        var unknown = await Assert.ThrowsAsync<HubException>(() => hub.JoinAsync(4242));
        Assert.Contains("unknown business", unknown.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => hub.JoinAsync(0));
        await Assert.ThrowsAsync<HubException>(() => hub.JoinAsync(-1));
        await Assert.ThrowsAsync<HubException>(() => hub.Connection.InvokeAsync("join_room", new { business_id = "abc" }));
        await Assert.ThrowsAsync<HubException>(() => hub.Connection.InvokeAsync("join_room", new { business_id = 99999999999 }));
        await Assert.ThrowsAsync<HubException>(() => hub.Connection.InvokeAsync("join_room", (object?)null));

        await hub.JoinAsync(TestBusinesses.DemoId);
        Assert.Empty(hub.Messages);
    }

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name);
}
