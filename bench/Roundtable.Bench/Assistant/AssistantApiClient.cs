using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Roundtable.Bench.Overhead;

namespace Roundtable.Bench.Assistant;

/// <summary>The bench's side of /v1: creates conversations and times turns, as JSON or as an SSE stream.</summary>
internal sealed class AssistantApiClient(HttpClient http) : IDisposable
{
    private const string Question = "What is the daily limit on my debit card?";

    private static readonly MediaTypeHeaderValue JsonType = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue EventStream = new("text/event-stream");

    public async Task<string> CreateConversationAsync(string userId)
    {
        using var response = await http.PostAsync(new Uri("/v1/conversations", UriKind.Relative), Body($$"""{"user_id":"{{userId}}"}"""));
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST /v1/conversations answered {(int)response.StatusCode}: {text}");
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>One non-streaming turn: milliseconds from sending to the whole body read, and the body.</summary>
    public Task<(HttpStatusCode Status, double Milliseconds, byte[] Body)> SendAsync(string conversationId, long turn) =>
        http.PostTimedAsync($"/v1/conversations/{conversationId}/messages", Body(MessageJson(turn)));

    /// <summary>One streamed turn: milliseconds to the first <c>token</c> event and to the <c>message</c> event.</summary>
    public async Task<(double FirstToken, double Total)> StreamAsync(string conversationId, long turn)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v1/conversations/{conversationId}/messages", UriKind.Relative))
        {
            Content = Body(MessageJson(turn)),
        };
        request.Headers.Accept.Add(EventStream);
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return await ReadEventsAsync(response, started, line => line == "event: token", line => line == "event: message");
    }

    /// <summary>The same streamed request straight to the model: the baseline time to first token.</summary>
    public async Task<(double FirstToken, double Total)> StreamDirectAsync(Uri modelBaseUrl, long turn)
    {
        var json = $$"""{"model":"zero","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"system","content":"You are a helpful assistant."},{"role":"user","content":"{{ZeroLatencyModel.TurnMarker}}{{turn}}] {{Question}}"}]}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(modelBaseUrl, "chat/completions")) { Content = Body(json) };
        request.Headers.Accept.Add(EventStream);
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return await ReadEventsAsync(
            response, started, line => line.StartsWith("data: {", StringComparison.Ordinal) && line.Contains("\"content\"", StringComparison.Ordinal), line => line == "data: [DONE]");
    }

    public void Dispose() => http.Dispose();

    private static async Task<(double FirstToken, double Total)> ReadEventsAsync(
        HttpResponseMessage response, long started, Func<string, bool> isFirstToken, Func<string, bool> isLast)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        double? firstToken = null;
        double? total = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (firstToken is null && isFirstToken(line))
            {
                firstToken = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
            else if (total is null && isLast(line))
            {
                total = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }

        return firstToken is { } first && total is { } all
            ? (first, all)
            : throw new InvalidOperationException("The stream ended without a first token and a final event.");
    }

    private static string MessageJson(long turn) => $$"""{"content":"{{ZeroLatencyModel.TurnMarker}}{{turn}}] {{Question}}"}""";

    private static StringContent Body(string json) => new(json, Encoding.UTF8, JsonType);
}
