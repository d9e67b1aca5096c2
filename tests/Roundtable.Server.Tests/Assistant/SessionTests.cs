using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Server.Assistant;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>Inactivity expiry on the fake clock, and concurrent sends processed in order.</summary>
public sealed class SessionTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_AfterInactivityTimeout_ConflictAndEndedAsExpired(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database, new Dictionary<string, string?> { ["Assistant:SessionTimeoutMinutes"] = "30" });
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;
        await http.SendAsync(id, "First question");

        server.Clock.Advance(TimeSpan.FromMinutes(29));
        await http.SendAsync(id, "Still here");
        server.Clock.Advance(TimeSpan.FromMinutes(30));
        using var late = await http.PostAsJsonAsync($"/v1/conversations/{id}/messages", new { content = "Too late?" });

        await AssistantHttp.AssertProblemAsync(late, HttpStatusCode.Conflict, "message after expiry");
        var view = await http.GetJsonAsync($"/v1/conversations/{id}");
        Assert.Equal("ENDED", view.GetProperty("state").GetString());
        Assert.Equal("expired", view.GetProperty("ended_reason").GetString());
        Assert.Equal(4, view.GetProperty("message_count").GetInt32());
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_ManyAtOnce_AllStoredInOrderEachFollowedByItsAnswer(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;

        var sends = Enumerable.Range(1, 8).Select(i => http.PostAsJsonAsync($"/v1/conversations/{id}/messages", new { content = $"Question number {i}" })).ToList();
        foreach (var response in await Task.WhenAll(sends))
        {
            await AssistantHttp.ReadAsync(response, HttpStatusCode.OK);
            response.Dispose();
        }

        var messages = (await http.GetJsonAsync($"/v1/conversations/{id}/messages?limit=200")).EnumerateArray().ToList();
        Assert.Equal(16, messages.Count);
        Assert.Equal(Enumerable.Range(1, 16), messages.Select(m => m.GetProperty("number").GetInt32()));
        Assert.All(messages.Where((_, i) => i % 2 == 0), m => Assert.Equal("user", m.GetProperty("role").GetString()));
        Assert.All(messages.Where((_, i) => i % 2 == 1), m => Assert.Equal("assistant", m.GetProperty("role").GetString()));
        Assert.Equal(
            Enumerable.Range(1, 8).Select(i => $"Question number {i}").Order(),
            messages.Where((_, i) => i % 2 == 0).Select(m => m.GetProperty("content").GetString()!).Order());
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task UpdateConversation_PauseThenResume_MessagesRefusedWhilePausedAcceptedAfter(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;

        using var paused = await http.PatchAsJsonAsync($"/v1/conversations/{id}", new { state = "PAUSED" });
        Assert.Equal("PAUSED", (await AssistantHttp.ReadAsync(paused, HttpStatusCode.OK)).GetProperty("state").GetString());
        using var refused = await http.PostAsJsonAsync($"/v1/conversations/{id}/messages", new { content = "Anyone?" });
        await AssistantHttp.AssertProblemAsync(refused, HttpStatusCode.Conflict, "message while paused");
        using var resumed = await http.PatchAsJsonAsync($"/v1/conversations/{id}", new { state = "ACTIVE" });
        await AssistantHttp.ReadAsync(resumed, HttpStatusCode.OK);
        await http.SendAsync(id, "Back again");
        using var ended = await http.PatchAsJsonAsync($"/v1/conversations/{id}", new { state = "ENDED" });
        await AssistantHttp.ReadAsync(ended, HttpStatusCode.OK);
        using var reopen = await http.PatchAsJsonAsync($"/v1/conversations/{id}", new { state = "ACTIVE" });

        await AssistantHttp.AssertProblemAsync(reopen, HttpStatusCode.Conflict, "resume an ended conversation");
        using var bad = await http.PatchAsJsonAsync($"/v1/conversations/{id}", new { state = "SLEEPING" });
        await AssistantHttp.AssertProblemAsync(bad, HttpStatusCode.BadRequest, "unknown state");
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_SecondWhileFirstIsBeingAnswered_WaitsAndIsAnsweredAfterIt(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var gate = new SemaphoreSlim(0);
        string[] tokens = ["One", " answer."];
        var model = new GatedOpenAIHandler(tokens, gate);
        await using var server = new AssistantServer(database, new Dictionary<string, string?>
        {
            ["Providers:OpenAI:ApiKey"] = "sk-test",
            ["Providers:OpenAI:BaseUrl"] = "http://openai.test/v1",
            ["Assistant:ProviderChain:0"] = "OpenAI",
        }, () => model);
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;
        var locks = server.Services.GetRequiredService<ConversationLocks>();

        var first = http.PostAsJsonAsync($"/v1/conversations/{id}/messages", new { content = "First" });
        await Eventually.GetAsync(() => Task.FromResult(model.Requests), n => n == 1, "the first turn at the model");
        var second = http.PostAsJsonAsync($"/v1/conversations/{id}/messages", new { content = "Second" });
        await Eventually.GetAsync(() => Task.FromResult(locks.Callers), n => n == 2, "the second turn queued behind the first");
        Assert.Equal(1, model.Requests);
        // Nothing of a turn is stored before its answer is complete.
        Assert.Equal(0, (await http.GetJsonAsync($"/v1/conversations/{id}/messages")).GetArrayLength());
        gate.Release(tokens.Length * 2);
        foreach (var response in await Task.WhenAll(first, second))
        {
            await AssistantHttp.ReadAsync(response, HttpStatusCode.OK);
            response.Dispose();
        }

        var messages = (await http.GetJsonAsync($"/v1/conversations/{id}/messages")).EnumerateArray()
            .Select(m => $"{m.GetProperty("number").GetInt32()} {m.GetProperty("role").GetString()}: {m.GetProperty("content").GetString()}");
        Assert.Equal(["1 user: First", "2 assistant: One answer.", "3 user: Second", "4 assistant: One answer."], messages);
    }
}
