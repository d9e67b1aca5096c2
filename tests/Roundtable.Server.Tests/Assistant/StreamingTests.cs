using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>Server-sent events over a real socket (Kestrel), read token by token as the model produces them.</summary>
public sealed class StreamingTests
{
    private static readonly string[] Tokens = ["Savings", " accounts", " start", " at", " 2.5%", " APY."];

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_AcceptEventStream_EachTokenArrivesBeforeTheNextIsGeneratedThenStoredMessage(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var gate = new SemaphoreSlim(0);
        await using var server = new AssistantServer(database, new Dictionary<string, string?>
        {
            ["Providers:OpenAI:ApiKey"] = "sk-test",
            ["Providers:OpenAI:BaseUrl"] = "http://openai.test/v1",
            ["Assistant:ProviderChain:0"] = "OpenAI",
        }, () => new GatedOpenAIHandler(Tokens, gate));
        server.UseKestrel(0);
        server.StartServer();
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/conversations/{id}/messages") { Content = JsonContent.Create(new { content = "What do savings earn?" }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var events = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        foreach (var token in Tokens)
        {
            gate.Release();
            var next = await events.NextAsync(timeout.Token);
            Assert.Equal("token", next?.Event);
            Assert.Equal(token, JsonDocument.Parse(next!.Value.Data).RootElement.GetProperty("text").GetString());
        }

        var final = await events.NextAsync(timeout.Token);
        Assert.Equal("message", final?.Event);
        var message = JsonDocument.Parse(final!.Value.Data).RootElement;
        Assert.Equal(string.Concat(Tokens), message.GetProperty("content").GetString());
        Assert.Equal("OpenAI", message.GetProperty("usage").GetProperty("provider").GetString());
        Assert.Null(await events.NextAsync(timeout.Token));
        var stored = await http.GetJsonAsync($"/v1/conversations/{id}/messages");
        Assert.Equal(string.Concat(Tokens), stored[1].GetProperty("content").GetString());
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_EventStreamWithOfflineModel_TokensConcatenateToStoredAnswer(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        server.UseKestrel(0);
        server.StartServer();
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/conversations/{id}/messages") { Content = JsonContent.Create(new { content = "How can I open an account?" }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var events = new ServerSentEventReader(await response.Content.ReadAsStreamAsync());
        var tokens = new List<string>();
        JsonElement? final = null;
        while (await events.NextAsync(CancellationToken.None) is { } next)
        {
            var data = JsonDocument.Parse(next.Data).RootElement;
            if (next.Event == "token")
            {
                tokens.Add(data.GetProperty("text").GetString()!);
            }
            else
            {
                Assert.Equal("message", next.Event);
                final = data;
            }
        }

        Assert.True(tokens.Count > 3, $"only {tokens.Count} token events");
        Assert.Equal(final!.Value.GetProperty("content").GetString(), string.Concat(tokens));
        Assert.True(final.Value.GetProperty("usage").GetProperty("offline").GetBoolean());
    }
}
