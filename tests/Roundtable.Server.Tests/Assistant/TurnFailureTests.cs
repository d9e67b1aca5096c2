using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Engine.Tests.Support;
using Roundtable.Server.Assistant;
using Roundtable.Server.Data;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>
/// A turn is all or nothing: when the model's answer breaks off, neither the user's message nor a partial
/// answer is stored, the caller is told why, and sending the same message again works as a first try would.
/// Providers that fail before answering are passed over, down to the offline model. The model is a loopback
/// server speaking the providers' wire protocols that breaks on demand.
/// </summary>
public sealed class TurnFailureTests
{
    private const string Question = "What does a savings account earn?";
    private static readonly string[] EveryProviderOnce = ["/v1/chat/completions", "/v1/messages", "/v1beta/openai/chat/completions"];

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_AnswerBreaksOff_502AndNothingStoredThenResendIsAnsweredAsTurnOne(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var model = await LoopbackProviderServer.StartAsync();
        await using var server = new AssistantServer(database, ModelSettings(model));
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;

        model.EnqueueFault(ProviderFault.CutAfterFirstToken);
        using var failed = await http.PostAsJsonAsync($"/v1/conversations/{id}/messages", new { content = Question });

        await AssistantHttp.AssertProblemAsync(failed, HttpStatusCode.BadGateway, "broken answer");
        await StoredTurns.AssertNoneAsync(http, id);

        var answer = await http.SendAsync(id, Question);
        Assert.Equal(LoopbackProviderServer.DefaultReplyText, answer.GetProperty("content").GetString());
        Assert.Equal(2, answer.GetProperty("number").GetInt32());
        await StoredTurns.AssertOneAsync(http, id, Question, LoopbackProviderServer.DefaultReplyText);
        Assert.Equal(1, Occurrences(model.Requests[^1].MessageText, Question));
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_StreamBreaksAfterFirstToken_TokenThenErrorEventAndNothingStoredThenResendStreamsWhole(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var model = await LoopbackProviderServer.StartAsync();
        await using var server = new AssistantServer(database, ModelSettings(model));
        server.UseKestrel(0);
        server.StartServer();
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;

        model.EnqueueFault(ProviderFault.CutAfterFirstToken);
        var broken = await AssistantEventStream.ReadAllAsync(http, id, Question);

        Assert.Equal(["token", "error"], broken.Select(e => e.Event));
        Assert.Equal("Loopback ", JsonDocument.Parse(broken[0].Data).RootElement.GetProperty("text").GetString());
        var error = JsonDocument.Parse(broken[1].Data).RootElement;
        Assert.Equal(502, error.GetProperty("status").GetInt32());
        Assert.Contains("send the message again", error.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await StoredTurns.AssertNoneAsync(http, id);

        await StoredTurns.AssertResendStreamsWholeAsync(http, id, Question);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_ProviderErrorEventMidStream_ErrorEventAndNothingStored(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var model = await LoopbackProviderServer.StartAsync();
        await using var server = new AssistantServer(database, ModelSettings(model));
        server.UseKestrel(0);
        server.StartServer();
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;

        model.EnqueueFault(ProviderFault.ErrorEventAfterFirstToken);
        var broken = await AssistantEventStream.ReadAllAsync(http, id, Question);

        Assert.Equal("error", broken[^1].Event);
        Assert.Equal(502, JsonDocument.Parse(broken[^1].Data).RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain(broken, e => e.Event == "message");
        await StoredTurns.AssertNoneAsync(http, id);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_AnotherNodeStoredATurnMeanwhile_409KeepsTheirsAndResendFollowsIt(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var gate = new SemaphoreSlim(0);
        string[] tokens = ["Ours."];
        var model = new GatedOpenAIHandler(tokens, gate);
        await using var server = new AssistantServer(database, new Dictionary<string, string?>
        {
            ["Providers:OpenAI:ApiKey"] = "sk-test",
            ["Providers:OpenAI:BaseUrl"] = "http://openai.test/v1",
            ["Assistant:ProviderChain:0"] = "OpenAI",
        }, () => model);
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;

        var ours = http.PostAsJsonAsync($"/v1/conversations/{id}/messages", new { content = Question });
        await Eventually.GetAsync(() => Task.FromResult(model.Requests), n => n == 1, "our turn at the model");
        await StoreTurnAsOtherNodeAsync(server, Guid.Parse(id));
        gate.Release(tokens.Length * 2);

        using var refused = await ours;
        await AssistantHttp.AssertProblemAsync(refused, HttpStatusCode.Conflict, "a turn stored by another node meanwhile");
        var resent = await http.SendAsync(id, Question);
        Assert.Equal(4, resent.GetProperty("number").GetInt32());
        var stored = await http.GetJsonAsync($"/v1/conversations/{id}/messages");
        Assert.Equal(["1 user: From the other node", "2 assistant: Theirs.", $"3 user: {Question}", "4 assistant: Ours."],
            stored.EnumerateArray().Select(m => $"{m.GetProperty("number").GetInt32()} {m.GetProperty("role").GetString()}: {m.GetProperty("content").GetString()}"));
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_ClientLeavesMidStream_NothingStoredAndTheGateIsFree(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var gate = new SemaphoreSlim(0);
        string[] tokens = ["Half", " an", " answer."];
        await using var server = new AssistantServer(database, new Dictionary<string, string?>
        {
            ["Providers:OpenAI:ApiKey"] = "sk-test",
            ["Providers:OpenAI:BaseUrl"] = "http://openai.test/v1",
            ["Assistant:ProviderChain:0"] = "OpenAI",
        }, () => new GatedOpenAIHandler(tokens, gate));
        server.UseKestrel(0);
        server.StartServer();
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;
        var locks = server.Services.GetRequiredService<ConversationLocks>();

        using (var request = AssistantEventStream.Request(id, Question))
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            using var events = new ServerSentEventReader(await response.Content.ReadAsStreamAsync());
            gate.Release();
            Assert.Equal("token", (await events.NextAsync(CancellationToken.None))?.Event);
        }

        await Eventually.GetAsync(() => Task.FromResult(locks.Callers), n => n == 0, "the abandoned turn to end");
        gate.Release(tokens.Length);
        await StoredTurns.AssertNoneAsync(http, id);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_EveryProviderInTheChainFails_OfflineModelAnswersLabelledOfflineAndTheChainIsTriedAgainNextTurn(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var model = await LoopbackProviderServer.StartAsync();
        await using var server = new AssistantServer(database, DefaultChainSettings(model));
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;

        model.EnqueueFault(ProviderFault.Status(503));
        model.EnqueueFault(ProviderFault.Status(500));
        model.EnqueueFault(ProviderFault.Status(503));
        var answer = await http.SendAsync(id, Question);

        Assert.Equal(EveryProviderOnce, model.Requests.Select(r => r.Path));
        Assert.Equal("Offline", answer.GetProperty("usage").GetProperty("provider").GetString());
        Assert.True(answer.GetProperty("usage").GetProperty("offline").GetBoolean());
        var offlineText = answer.GetProperty("content").GetString()!;
        Assert.NotEqual(LoopbackProviderServer.DefaultReplyText, offlineText);
        await StoredTurns.AssertOneAsync(http, id, Question, offlineText);

        var recovered = await http.SendAsync(id, "And a current account?");
        Assert.Equal("OpenAI", recovered.GetProperty("usage").GetProperty("provider").GetString());
        Assert.Equal(LoopbackProviderServer.DefaultReplyText, recovered.GetProperty("content").GetString());
        Assert.Equal(4, recovered.GetProperty("number").GetInt32());
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_StreamAndEveryProviderInTheChainFails_OfflineModelStreamsLabelledOffline(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var model = await LoopbackProviderServer.StartAsync();
        await using var server = new AssistantServer(database, DefaultChainSettings(model));
        server.UseKestrel(0);
        server.StartServer();
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;

        model.EnqueueFault(ProviderFault.Status(503));
        model.EnqueueFault(ProviderFault.Status(500));
        model.EnqueueFault(ProviderFault.Status(503));
        var events = await AssistantEventStream.ReadAllAsync(http, id, Question);

        Assert.Equal(EveryProviderOnce, model.Requests.Select(r => r.Path));
        Assert.DoesNotContain(events, e => e.Event == "error");
        Assert.Equal("message", events[^1].Event);
        var message = JsonDocument.Parse(events[^1].Data).RootElement;
        Assert.Equal("Offline", message.GetProperty("usage").GetProperty("provider").GetString());
        Assert.True(message.GetProperty("usage").GetProperty("offline").GetBoolean());
        Assert.Equal(message.GetProperty("content").GetString(), AssistantEventStream.TokensOf(events));
        await StoredTurns.AssertOneAsync(http, id, Question, AssistantEventStream.TokensOf(events));
    }

    private static async Task StoreTurnAsOtherNodeAsync(AssistantServer server, Guid conversationId)
    {
        await using var db = server.Services.GetRequiredService<IRoundtableDbContextFactory>().CreateDbContext();
        var now = server.Clock.GetUtcNow();
        db.AssistantMessages.AddRange(
            new AssistantMessage { ConversationId = conversationId, Number = 1, Role = "user", Content = "From the other node", MetadataJson = "{}", CreatedAt = now },
            new AssistantMessage { ConversationId = conversationId, Number = 2, Role = "assistant", Content = "Theirs.", MetadataJson = "{}", CreatedAt = now });
        var conversation = await db.AssistantConversations.SingleAsync(c => c.Id == conversationId);
        conversation.MessageCount = 2;
        await db.SaveChangesAsync();
    }

    private static Dictionary<string, string?> ModelSettings(LoopbackProviderServer model) => new()
    {
        ["Providers:OpenAI:ApiKey"] = LoopbackProviderServer.TestApiKey,
        ["Providers:OpenAI:BaseUrl"] = model.OpenAIBaseUrl.ToString(),
        ["Assistant:ProviderChain:0"] = "OpenAI",
    };

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;

    /// <summary>
    /// The default chain (OpenAI, Anthropic, Gemini), each on the loopback server; the offline model comes last by itself.
    /// One attempt per provider: a retry waits out its backoff on the server's clock, which only a test moves.
    /// </summary>
    private static Dictionary<string, string?> DefaultChainSettings(LoopbackProviderServer model) => new()
    {
        ["Providers:OpenAI:ApiKey"] = LoopbackProviderServer.TestApiKey,
        ["Providers:OpenAI:BaseUrl"] = model.OpenAIBaseUrl.ToString(),
        ["Providers:OpenAI:MaxRetries"] = "0",
        ["Providers:Anthropic:ApiKey"] = LoopbackProviderServer.TestApiKey,
        ["Providers:Anthropic:BaseUrl"] = model.AnthropicBaseUrl.ToString(),
        ["Providers:Anthropic:MaxRetries"] = "0",
        ["Providers:Gemini:ApiKey"] = LoopbackProviderServer.TestApiKey,
        ["Providers:Gemini:BaseUrl"] = model.GeminiBaseUrl.ToString(),
        ["Providers:Gemini:MaxRetries"] = "0",
    };
}
