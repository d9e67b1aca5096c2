using System.Net.Http.Headers;
using System.Text.Json;
using Roundtable.Server.Showcase;
using Roundtable.Server.Tests.Assistant;
using Roundtable.Server.Tests.Practice;
using Roundtable.Server.Tests.Support;
using static Roundtable.Server.Tests.Support.ClassicTimeline;

namespace Roundtable.Server.Tests.Realtime;

/// <summary>
/// Two server nodes on one database and one Redis: a real SignalR client on node B hears what node A
/// sends to its rooms, and without the backplane it does not. PostgreSQL only: it is how several
/// nodes share a database (a SQLite file belongs to one server), and the subject here is Redis.
/// </summary>
public sealed class RedisBackplaneTests
{
    [SkippableFact]
    public async Task ShowcaseRoomOnNodeB_ReceivesTheStateAndMessageNodeAPublishes()
    {
        var backplane = TestRedis.BackplaneSettings();
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Postgres);
        await using var nodeA = new ShowcaseServer(database, backplane);
        await nodeA.WaitForStateAsync(TestBusinesses.DemoId, s => s.Status == ShowcaseStatus.Waiting, "WAITING at start");
        // Node B only serves visitors: its scheduler is off, so every event its clients get comes from node A.
        await using var nodeB = new ShowcaseServer(database, With(backplane, ("Showcase:Enabled", "false"), ("Showcase:SeedDemoData", "false")));
        await using var visitor = await ShowcaseHubClient.ConnectAsync(nodeB);
        await visitor.JoinAsync(TestBusinesses.DemoId);

        nodeA.AdvanceTo(MessageAt(0, 1));

        var message = Assert.Single(await visitor.WaitForMessagesAsync(1));
        var state = await visitor.WaitForStateAsync(s => s.GetProperty("status").GetString() == ShowcaseStatus.Active, "ACTIVE from node A");
        var stored = Assert.Single(await StoredShowcase.ConversationsAsync(database, TestBusinesses.DemoId));
        Assert.Equal(stored.Id, state.GetProperty("current_conversation_id").GetInt32());
        Assert.Equal(stored.Messages[0].Id, message.GetProperty("id").GetInt64());
        Assert.Equal(stored.Messages[0].Content, message.GetProperty("content").GetString());
        Assert.Equal(1, message.GetProperty("message_number").GetInt32());
    }

    [SkippableFact]
    public async Task MeetingRoomOnNodeB_ReceivesTheExchangeSentThroughNodeA()
    {
        var backplane = TestRedis.BackplaneSettings();
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(DatabaseKind.Postgres, backplane);
        await using var nodeB = new AssistantServer(workspace.Database, With(backplane, ("Practice:SeedDemoData", "false")));
        var meetingId = await StartMeetingAsync(workspace);
        await using var room = await MeetingRoomClient.ConnectAsync(nodeB.Server, workspace.Key);
        await room.JoinAsync(meetingId);

        var reply = await PracticeHttp.SendAsync(workspace.Client, meetingId, "Maria, what would this cost us?");

        var answers = reply.GetProperty("ai_responses");
        var turns = Turns(await Eventually.GetAsync(() => room.Events, e => Turns(e).Count >= 1 + answers.GetArrayLength(), "node A's turns on node B"));
        Assert.Equal("salesperson", turns[0].GetProperty("speaker").GetString());
        Assert.Equal("Maria, what would this cost us?", turns[0].GetProperty("text").GetString());
        Assert.Equal(
            answers.EnumerateArray().Select(a => a.GetProperty("speaker_id").GetString()),
            turns.Skip(1).Select(t => t.GetProperty("speaker_id").GetString()));
        Assert.Contains(room.Events, e => e.Name == "turn_decision");
    }

    /// <summary>
    /// The control: nodes with no Redis, or on one Redis under different <c>Redis:ChannelPrefix</c>es,
    /// share only the database. Node B's own line reaches its room, and node A's line, sent and heard
    /// on node A first, never does — had it crossed, it would be there before node B's, since a room
    /// receives a group's events in the order they were sent.
    /// </summary>
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WithoutSharedBackplane_MeetingRoomOnNodeB_HearsOnlyWhatNodeBSends(bool onRedisWithOtherPrefixes)
    {
        var settingsOfA = onRedisWithOtherPrefixes ? TestRedis.BackplaneSettings() : [];
        var settingsOfB = onRedisWithOtherPrefixes ? TestRedis.BackplaneSettings() : [];
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(DatabaseKind.Postgres, settingsOfA);
        await using var nodeB = new AssistantServer(workspace.Database, With(settingsOfB, ("Practice:SeedDemoData", "false")));
        var meetingId = await StartMeetingAsync(workspace);
        await using var roomOnA = await MeetingRoomClient.ConnectAsync(workspace.Server.Server, workspace.Key);
        await using var roomOnB = await MeetingRoomClient.ConnectAsync(nodeB.Server, workspace.Key);
        await roomOnA.JoinAsync(meetingId);
        await roomOnB.JoinAsync(meetingId);
        using var clientOfB = nodeB.CreateClient();
        clientOfB.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", workspace.Key);

        await PracticeHttp.SendAsync(workspace.Client, meetingId, "Sent through node A.");
        await Eventually.GetAsync(() => roomOnA.Events, e => SalespersonLines(e).Contains("Sent through node A."), "node A's line in node A's room");
        await PracticeHttp.SendAsync(clientOfB, meetingId, "Sent through node B.");

        var heardOnB = await Eventually.GetAsync(() => roomOnB.Events, e => SalespersonLines(e).Contains("Sent through node B."), "node B's line in node B's room");
        Assert.Equal(["Sent through node B."], SalespersonLines(heardOnB));
    }

    private static async Task<string> StartMeetingAsync(PracticeWorkspaceFixture workspace)
    {
        var meetingId = (await workspace.Client.CreateMeetingAsync(workspace.SalespersonId, workspace.CompanyId, workspace.Maria))
            .GetProperty("id").GetString()!;
        await workspace.Client.PostDataAsync($"/api/meeting/{meetingId}/start", new { });
        return meetingId;
    }

    private static List<JsonElement> Turns(IReadOnlyList<(string Name, JsonElement Payload)> events) =>
        [.. events.Where(e => e.Name == "meeting_turn").Select(e => e.Payload)];

    private static List<string?> SalespersonLines(IReadOnlyList<(string Name, JsonElement Payload)> events) =>
        [.. Turns(events).Where(t => t.GetProperty("speaker").GetString() == "salesperson").Select(t => t.GetProperty("text").GetString())];

    private static Dictionary<string, string?> With(Dictionary<string, string?> settings, params (string Key, string Value)[] more)
    {
        var all = new Dictionary<string, string?>(settings);
        foreach (var (key, value) in more)
        {
            all[key] = value;
        }

        return all;
    }
}
