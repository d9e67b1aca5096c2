using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Roundtable.Server.Data;
using Roundtable.Server.Showcase;
using Roundtable.Server.Tests.Support;
using static Roundtable.Server.Tests.Support.ClassicTimeline;

namespace Roundtable.Server.Tests.Showcase;

/// <summary>Seed 000's polling endpoints, as docs/api/showcase.md describes them.</summary>
public sealed class ShowcaseApiTests
{
    private static readonly string[] SystemStatusFields =
    [
        "system_running", "conversation_active", "conversation_status", "active_conversations_count", "next_conversation_time",
        "offline_only", "api_status",
    ];

    private static readonly string[] ProviderFields = ["configured", "healthy", "circuit", "status", "model", "last_success", "recent_error_rate"];

    private static readonly string[] HostedProviders = ["openai", "anthropic", "perplexity", "gemini"];

    private static readonly string[] LatestFields = ["business_id", "business_name", "conversation_id", "topic", "status", "state", "messages"];

    private static readonly string[] LatestMessageFields =
    [
        "id", "agent_name", "agent_type", "content", "messageNumber", "round", "timestamp", "provider", "model", "is_offline", "agent_color",
    ];

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task GetSystemStatus_NoProviderKeys_HostedProvidersUnconfiguredOfflineHealthy(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new ShowcaseServer(database);
        await server.WaitForStateAsync(TestBusinesses.DemoId, s => s.Status == ShowcaseStatus.Waiting, "WAITING at start");
        using var http = server.CreateClient();

        var status = await http.GetFromJsonAsync<JsonElement>("/api/system-status");

        Assert.Equal(SystemStatusFields.Order(), Names(status).Order());
        Assert.True(status.GetProperty("system_running").GetBoolean());
        Assert.False(status.GetProperty("conversation_active").GetBoolean());
        Assert.Equal("waiting", status.GetProperty("conversation_status").GetString());
        Assert.Equal(0, status.GetProperty("active_conversations_count").GetInt32());
        Assert.Equal(StartOf(0), status.GetProperty("next_conversation_time").GetDateTimeOffset());
        Assert.True(status.GetProperty("offline_only").GetBoolean());
        var providers = status.GetProperty("api_status");
        Assert.Equal(HostedProviders.Append("offline").Order(), Names(providers).Order());
        foreach (var name in HostedProviders)
        {
            var provider = providers.GetProperty(name);
            Assert.Equal(ProviderFields.Order(), Names(provider).Order());
            Assert.False(provider.GetProperty("configured").GetBoolean(), name);
            Assert.False(provider.GetProperty("healthy").GetBoolean(), name);
            Assert.Equal("unconfigured", provider.GetProperty("status").GetString());
        }

        var offline = providers.GetProperty("offline");
        Assert.True(offline.GetProperty("configured").GetBoolean());
        Assert.True(offline.GetProperty("healthy").GetBoolean());
        Assert.Equal("closed", offline.GetProperty("circuit").GetString());
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task GetSystemStatus_ProviderAtUnreachablePort_ReadyUntilARealCallFailsThenFailing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new ShowcaseServer(database, new Dictionary<string, string?>
        {
            ["Providers:OpenAI:ApiKey"] = "sk-test-not-a-real-key",
            ["Providers:OpenAI:BaseUrl"] = $"http://127.0.0.1:{ClosedLoopbackPort()}/v1",
            ["Providers:OpenAI:MaxRetries"] = "0",
        });
        await server.WaitForStateAsync(TestBusinesses.DemoId, s => s.Status == ShowcaseStatus.Waiting, "WAITING at start");
        using var http = server.CreateClient();

        var before = await http.GetFromJsonAsync<JsonElement>("/api/system-status");
        var openAi = before.GetProperty("api_status").GetProperty("openai");
        Assert.True(openAi.GetProperty("configured").GetBoolean());
        Assert.True(openAi.GetProperty("healthy").GetBoolean());
        Assert.Equal("ready", openAi.GetProperty("status").GetString());
        Assert.False(before.GetProperty("offline_only").GetBoolean());

        // The Business AI Assistant's first message goes to OpenAI first: a real HTTP call to a closed port.
        server.AdvanceTo(StartOf(0));
        await server.WaitForStateAsync(TestBusinesses.DemoId, s => s.MessageCount == 1, "the first message");

        var after = await http.GetFromJsonAsync<JsonElement>("/api/system-status");
        openAi = after.GetProperty("api_status").GetProperty("openai");
        Assert.True(openAi.GetProperty("configured").GetBoolean());
        Assert.False(openAi.GetProperty("healthy").GetBoolean());
        Assert.Contains(openAi.GetProperty("status").GetString(), new[] { "failing", "circuit open" });
        Assert.True(openAi.GetProperty("recent_error_rate").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Null, openAi.GetProperty("last_success").ValueKind);
        Assert.True(after.GetProperty("api_status").GetProperty("offline").GetProperty("healthy").GetBoolean());
        var first = Assert.Single(await StoredShowcase.ConversationsAsync(database, TestBusinesses.DemoId)).Messages[0];
        Assert.Equal("Offline", first.Provider);
        Assert.True(first.FellBack);
        Assert.StartsWith("OpenAI: ", first.FallbackReason, StringComparison.Ordinal);
        Assert.DoesNotContain("OpenAI: not configured", first.FallbackReason, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task GetLatestConversation_BeforeFirstConversation_FeaturedBusinessWithNoMessages(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new ShowcaseServer(database);
        await server.WaitForStateAsync(TestBusinesses.DemoId, s => s.Status == ShowcaseStatus.Waiting, "WAITING at start");
        using var http = server.CreateClient();

        var latest = await http.GetFromJsonAsync<JsonElement>("/api/live-conversation-latest");

        Assert.Equal(LatestFields.Order(), Names(latest).Order());
        Assert.Equal(TestBusinesses.DemoId, latest.GetProperty("business_id").GetInt32());
        Assert.Equal(TestBusinesses.DemoName, latest.GetProperty("business_name").GetString());
        Assert.Equal(JsonValueKind.Null, latest.GetProperty("conversation_id").ValueKind);
        Assert.Empty(latest.GetProperty("messages").EnumerateArray());
        Assert.Equal("WAITING", latest.GetProperty("state").GetProperty("status").GetString());
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task GetLatestConversation_MessagesWrittenAhead_ReturnsOnlyPublishedWithContractFields(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new ShowcaseServer(database);
        const int id = TestBusinesses.DemoId;
        await server.WaitForStateAsync(id, s => s.Status == ShowcaseStatus.Waiting, "WAITING at start");
        using var http = server.CreateClient();
        for (var number = 1; number <= 3; number++)
        {
            server.AdvanceTo(MessageAt(0, number));
            await server.WaitForStateAsync(id, s => s.MessageCount == number, $"message {number}");
        }

        // The look-ahead writes two messages beyond the published ones; they must stay private.
        await Eventually.GetAsync(async () => (await StoredShowcase.ConversationsAsync(database, id)).Single().Messages.Count,
            written => written == 5, "messages 4 and 5 written ahead");
        var latest = await http.GetFromJsonAsync<JsonElement>($"/api/live-conversation-latest?business_id={id}");

        var conversation = (await StoredShowcase.ConversationsAsync(database, id)).Single();
        Assert.Equal(LatestFields.Order(), Names(latest).Order());
        Assert.Equal(conversation.Id, latest.GetProperty("conversation_id").GetInt32());
        Assert.Equal(DemoData.RoofingTopics[0], latest.GetProperty("topic").GetString());
        Assert.Equal("active", latest.GetProperty("status").GetString());
        var state = latest.GetProperty("state");
        Assert.Equal("ACTIVE", state.GetProperty("status").GetString());
        Assert.Equal(3, state.GetProperty("message_count").GetInt32());
        Assert.Equal(MessageAt(0, 4), state.GetProperty("next_event_time").GetDateTimeOffset());
        Assert.Equal(conversation.Id, state.GetProperty("current_conversation_id").GetInt32());
        var messages = latest.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], messages.Select(m => m.GetProperty("messageNumber").GetInt32()));
        Assert.All(messages, m => Assert.Equal(LatestMessageFields.Order(), Names(m).Order()));
        Assert.All(messages, m => Assert.Equal(1, m.GetProperty("round").GetInt32()));
        Assert.Equal(["Business AI Assistant", "SEO AI Specialist", "Customer Service AI"], messages.Select(m => m.GetProperty("agent_name").GetString()));
        Assert.Equal(conversation.Messages.Take(3).Select(m => m.Id), messages.Select(m => m.GetProperty("id").GetInt64()));
        Assert.Equal([MessageAt(0, 1), MessageAt(0, 2), MessageAt(0, 3)], messages.Select(m => m.GetProperty("timestamp").GetDateTimeOffset()));
        Assert.All(messages, m => Assert.True(m.GetProperty("is_offline").GetBoolean()));
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task GetLatestConversation_NoBusinessId_DescribesFeaturedBusiness(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var plain = TestBusinesses.Create("Plain Plumbing", credits: -1);
        var featured = TestBusinesses.Create("Featured Plumbing", credits: -1);
        featured.IsFeatured = true;
        await database.SeedAsync(plain, featured);
        await using var server = new ShowcaseServer(database);
        using var http = server.CreateClient();

        var latest = await http.GetFromJsonAsync<JsonElement>("/api/live-conversation-latest");
        var byId = await http.GetFromJsonAsync<JsonElement>($"/api/live-conversation-latest?business_id={plain.Id}");

        Assert.Equal(featured.Id, latest.GetProperty("business_id").GetInt32());
        Assert.Equal("Featured Plumbing", latest.GetProperty("business_name").GetString());
        Assert.Equal("Plain Plumbing", byId.GetProperty("business_name").GetString());
    }

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name);

    /// <summary>A loopback port nothing listens on: taken from the OS, then released.</summary>
    private static int ClosedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
