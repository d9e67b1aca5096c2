using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Roundtable.Engine.Tests.Support;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>
/// A conversation's <c>timeout_seconds</c> is kept on the server's clock: only moving the fake clock past it
/// ends a turn the model never answers, with 504 and nothing stored. Each test first checks the turn is still
/// waiting, then moves the clock, and allows far less real time than the timeout, so a deadline kept in real
/// time fails the test instead of passing it late.
/// </summary>
public sealed class TurnFailureTimeoutTests
{
    private const string Question = "What does a savings account earn?";
    private const int TimeoutSeconds = 90;
    private static readonly TimeSpan RealTimeAllowed = TimeSpan.FromSeconds(30);

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_ModelHangsPastTimeoutSecondsOnTheClock_504AndNothingStoredThenResendIsAnsweredAsTurnOne(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var model = await LoopbackProviderServer.StartAsync();
        await using var server = new AssistantServer(database, PatientProviderSettings(model));
        using var http = await server.CreateApplicationClientAsync("app");
        var id = await CreateConversationAsync(http);

        model.EnqueueFault(ProviderFault.Hang);
        var sending = http.PostAsJsonAsync($"/v1/conversations/{id}/messages", new { content = Question });
        await model.WaitForRequestAsync(1);
        Assert.False(sending.IsCompleted, "The turn ended before the clock reached its timeout.");
        server.Clock.Advance(TimeSpan.FromSeconds(TimeoutSeconds));

        using var timedOut = await sending.WaitAsync(RealTimeAllowed);
        await AssistantHttp.AssertProblemAsync(timedOut, HttpStatusCode.GatewayTimeout, "a model that never answers");
        var problem = await timedOut.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Model timed out", problem.GetProperty("title").GetString());
        Assert.Contains($"within {TimeoutSeconds} s", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(model.Requests);
        await StoredTurns.AssertNoneAsync(http, id);

        var answer = await http.SendAsync(id, Question);
        Assert.Equal(LoopbackProviderServer.DefaultReplyText, answer.GetProperty("content").GetString());
        Assert.Equal(2, answer.GetProperty("number").GetInt32());
        await StoredTurns.AssertOneAsync(http, id, Question, LoopbackProviderServer.DefaultReplyText);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_StreamedModelHangsPastTimeoutSecondsOnTheClock_ErrorEvent504AndNothingStoredThenResendStreamsWhole(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var model = await LoopbackProviderServer.StartAsync();
        await using var server = new AssistantServer(database, PatientProviderSettings(model));
        server.UseKestrel(0);
        server.StartServer();
        using var http = await server.CreateApplicationClientAsync("app");
        var id = await CreateConversationAsync(http);
        using var realTime = new CancellationTokenSource(RealTimeAllowed);

        model.EnqueueFault(ProviderFault.Hang);
        using var request = AssistantEventStream.Request(id, Question);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, realTime.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var events = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(realTime.Token));
        var first = events.NextAsync(realTime.Token);
        await model.WaitForRequestAsync(1);
        Assert.False(first.IsCompleted, "The stream sent an event before the clock reached the timeout.");
        server.Clock.Advance(TimeSpan.FromSeconds(TimeoutSeconds));

        var error = await first;
        Assert.Equal("error", error?.Event);
        var problem = JsonDocument.Parse(error!.Value.Data).RootElement;
        Assert.Equal(504, problem.GetProperty("status").GetInt32());
        Assert.Contains("send the message again", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(await events.NextAsync(realTime.Token));
        await StoredTurns.AssertNoneAsync(http, id);

        await StoredTurns.AssertResendStreamsWholeAsync(http, id, Question);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_ProviderAsksToRetryAfterTheTimeout_504AtTheTimeoutWithoutWaitingToRetry(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var model = await LoopbackProviderServer.StartAsync();
        var settings = PatientProviderSettings(model);
        settings["Providers:OpenAI:MaxRetryAfter"] = "00:10:00";
        await using var server = new AssistantServer(database, settings);
        using var http = await server.CreateApplicationClientAsync("app");
        var id = await CreateConversationAsync(http);

        // The retry waits on the same clock as the turn's timeout, and would only start after it.
        model.EnqueueFault(ProviderFault.Status(429, TimeSpan.FromSeconds(TimeoutSeconds * 2)));
        var sending = http.PostAsJsonAsync($"/v1/conversations/{id}/messages", new { content = Question });
        await model.WaitForRequestAsync(1);
        Assert.False(sending.IsCompleted, "The turn ended before the clock reached its timeout.");
        server.Clock.Advance(TimeSpan.FromSeconds(TimeoutSeconds));

        using var timedOut = await sending.WaitAsync(RealTimeAllowed);
        await AssistantHttp.AssertProblemAsync(timedOut, HttpStatusCode.GatewayTimeout, "a retry due after the timeout");
        Assert.Single(model.Requests);
        await StoredTurns.AssertNoneAsync(http, id);
    }

    private static async Task<string> CreateConversationAsync(HttpClient http) =>
        (await http.CreateConversationAsync(new { user_id = "user-1", config = new { timeout_seconds = TimeoutSeconds } }))
            .GetProperty("id").GetString()!;

    /// <summary>
    /// OpenAI on the loopback server, the only configured provider of the default chain. It is allowed more time
    /// per attempt than the conversation has, so only <c>timeout_seconds</c> can end the turn (a provider whose
    /// own timeout came first would be retried, then passed over for the offline model).
    /// </summary>
    private static Dictionary<string, string?> PatientProviderSettings(LoopbackProviderServer model) => new()
    {
        ["Providers:OpenAI:ApiKey"] = LoopbackProviderServer.TestApiKey,
        ["Providers:OpenAI:BaseUrl"] = model.OpenAIBaseUrl.ToString(),
        ["Providers:OpenAI:Timeout"] = "00:10:00",
    };
}
