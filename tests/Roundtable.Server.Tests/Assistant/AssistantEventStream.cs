using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>Sends a message with <c>Accept: text/event-stream</c> and reads the events the server sends back.</summary>
internal static class AssistantEventStream
{
    public static HttpRequestMessage Request(string conversationId, string content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/conversations/{conversationId}/messages") { Content = JsonContent.Create(new { content }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }

    /// <summary>Every event up to the end of the stream.</summary>
    public static async Task<List<(string Event, string Data)>> ReadAllAsync(HttpClient http, string conversationId, string content)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = Request(conversationId, content);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var events = new List<(string Event, string Data)>();
        while (await reader.NextAsync(timeout.Token) is { } next)
        {
            events.Add(next);
        }

        return events;
    }

    /// <summary>The text of the <c>token</c> events, joined.</summary>
    public static string TokensOf(IEnumerable<(string Event, string Data)> events) => string.Concat(events
        .Where(e => e.Event == "token")
        .Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("text").GetString()));
}
