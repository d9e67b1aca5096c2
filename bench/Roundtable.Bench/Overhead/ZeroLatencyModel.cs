using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Roundtable.Bench.Overhead;

/// <summary>
/// An OpenAI-compatible chat-completions server on a loopback port that answers at once with a fixed
/// reply, as JSON or as an SSE stream with a usage chunk and <c>[DONE]</c>. It times its own handling of
/// each request (handler entry to the last byte flushed) and files it under the turn id the request
/// carries, so a turn's platform overhead is its client latency minus the model's share.
/// </summary>
internal sealed class ZeroLatencyModel : IAsyncDisposable
{
    /// <summary>Marks a turn id inside a user message: <c>[t:123]</c>.</summary>
    public const string TurnMarker = "[t:";

    private static readonly string[] ReplyTokens = ["Zero", "-latency", " reply."];
    private static readonly byte[] Marker = Encoding.ASCII.GetBytes(TurnMarker);

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<long, double> handlingMilliseconds = new();
    private int requests;
    private int streamed;
    private long lastTurnId;

    private ZeroLatencyModel(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public int Requests => requests;

    public int Streamed => streamed;

    public static async Task<ZeroLatencyModel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var model = new ZeroLatencyModel(app);
        app.MapPost("/v1/chat/completions", model.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        model.BaseUrl = new Uri($"{address.TrimEnd('/')}/v1/");
        return model;
    }

    /// <summary>A turn id no other turn of this run carries, so that the model's handling time is filed under that turn alone.</summary>
    public long NextTurnId() => Interlocked.Increment(ref lastTurnId);

    /// <summary>The model's own handling time of the request(s) for <paramref name="turn"/>, if any arrived.</summary>
    public bool TryTake(long turn, out double milliseconds) => handlingMilliseconds.TryRemove(turn, out milliseconds);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref requests);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        var turn = TurnOf(bytes);
        var stream = bytes.IndexOf("\"stream\":true"u8) >= 0;
        var response = context.Response;
        if (stream)
        {
            Interlocked.Increment(ref streamed);
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-cache";
            for (var i = 0; i < ReplyTokens.Length; i++)
            {
                var delta = i == 0 ? $$"""{"role":"assistant","content":"{{ReplyTokens[i]}}"}""" : $$"""{"content":"{{ReplyTokens[i]}}"}""";
                await WriteChunkAsync(response, $$"""{"index":0,"delta":{{delta}},"finish_reason":null}""", null);
            }

            await WriteChunkAsync(response, """{"index":0,"delta":{},"finish_reason":"stop"}""", null);
            await WriteChunkAsync(response, null, Usage);
            await response.WriteAsync("data: [DONE]\n\n");
            await response.Body.FlushAsync();
        }
        else
        {
            response.ContentType = "application/json";
            await response.WriteAsync(
                $$"""{"id":"chatcmpl-bench","object":"chat.completion","created":1700000000,"model":"zero","choices":[{"index":0,"message":{"role":"assistant","content":"{{string.Concat(ReplyTokens)}}"},"finish_reason":"stop"}],"usage":{{Usage}}}""");
            await response.Body.FlushAsync();
        }

        if (turn is { } id)
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            handlingMilliseconds.AddOrUpdate(id, elapsed, (_, sum) => sum + elapsed);
        }
    }

    private const string Usage = """{"prompt_tokens":40,"completion_tokens":3,"total_tokens":43}""";

    private static async Task WriteChunkAsync(HttpResponse response, string? choice, string? usage)
    {
        var choices = choice is null ? "[]" : $"[{choice}]";
        var tail = usage is null ? "" : $",\"usage\":{usage}";
        await response.WriteAsync(
            $$"""data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1700000000,"model":"zero","choices":{{choices}}{{tail}}}""" + "\n\n");
        await response.Body.FlushAsync();
    }

    /// <summary>The id in the last marker: the newest user message, as history comes first.</summary>
    private static long? TurnOf(ReadOnlySpan<byte> body)
    {
        var at = body.LastIndexOf(Marker);
        if (at < 0)
        {
            return null;
        }

        var digits = body[(at + Marker.Length)..];
        var end = digits.IndexOf((byte)']');
        return end > 0 && long.TryParse(Encoding.ASCII.GetString(digits[..end]), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }
}
