using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Roundtable.Browser.Tests.Support;

/// <summary>
/// An OpenAI-compatible chat-completions server on loopback whose streamed reply goes out one word per
/// <see cref="Release"/>, so a test sees a reply grow at moments it chooses, or that refuses every
/// request (401) so the provider chain ends at the offline model.
/// </summary>
public sealed partial class PacedModelServer : IAsyncDisposable
{
    public const string Model = "paced-model";

    private readonly WebApplication app;
    private readonly SemaphoreSlim words = new(0);
    private readonly CancellationTokenSource stopping = new();
    private int requests;

    private PacedModelServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapPost("/v1/chat/completions", HandleAsync);
        app.MapPost("/v1/messages", RefuseAsync);
        app.MapPost("/v1beta/openai/chat/completions", HandleAsync);
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The reply, sent word by word (each word with its trailing whitespace).</summary>
    public string ReplyText { get; set; } = "Hello.";

    /// <summary>When true, each word waits for <see cref="Release"/>; otherwise the reply flows at once.</summary>
    public bool Paced { get; set; }

    /// <summary>When true, every request is refused with 401, as a provider with a wrong key would.</summary>
    public bool RefuseAll { get; set; }

    public int Requests => Volatile.Read(ref requests);

    public static async Task<PacedModelServer> StartAsync()
    {
        var server = new PacedModelServer();
        await server.app.StartAsync();
        server.BaseUrl = new Uri(server.app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Lets the next <paramref name="count"/> words of a paced reply go out.</summary>
    public void Release(int count = 1) => words.Release(count);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        words.Release(10_000);
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref requests);
        var body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted));
        if (RefuseAll)
        {
            await RefuseAsync(context);
            return;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        var cancellationToken = linked.Token;
        var text = ReplyText;
        if (body?["stream"]?.GetValue<bool>() != true)
        {
            var message = new JsonObject { ["role"] = "assistant", ["content"] = text };
            var completion = Envelope("chat.completion");
            completion["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = "stop" });
            completion["usage"] = Usage(text);
            await context.Response.WriteAsJsonAsync(completion, cancellationToken);
            return;
        }

        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await WriteAsync(context, Chunk(new JsonObject { ["role"] = "assistant", ["content"] = "" }, null), cancellationToken);
        foreach (var word in WordPattern().Matches(text).Select(m => m.Value))
        {
            if (Paced)
            {
                await words.WaitAsync(cancellationToken);
            }

            await WriteAsync(context, Chunk(new JsonObject { ["content"] = word }, null), cancellationToken);
        }

        await WriteAsync(context, Chunk(new JsonObject(), "stop"), cancellationToken);
        var usage = Envelope("chat.completion.chunk");
        usage["choices"] = new JsonArray();
        usage["usage"] = Usage(text);
        await WriteAsync(context, usage.ToJsonString(), cancellationToken);
        await WriteAsync(context, "[DONE]", cancellationToken);
    }

    private static async Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["error"] = new JsonObject { ["message"] = "Incorrect API key provided.", ["type"] = "invalid_request_error", ["code"] = "invalid_api_key" },
        });
    }

    private static async Task WriteAsync(HttpContext context, string data, CancellationToken cancellationToken)
    {
        await context.Response.WriteAsync($"data: {data}\n\n", cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }

    private static string Chunk(JsonObject delta, string? finishReason)
    {
        var chunk = Envelope("chat.completion.chunk");
        chunk["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finishReason });
        return chunk.ToJsonString();
    }

    private static JsonObject Envelope(string objectType) => new()
    {
        ["id"] = "chatcmpl-paced",
        ["object"] = objectType,
        ["created"] = 1_700_000_000,
        ["model"] = Model,
    };

    private static JsonObject Usage(string text) => new()
    {
        ["prompt_tokens"] = 50,
        ["completion_tokens"] = WordPattern().Count(text),
        ["total_tokens"] = 50 + WordPattern().Count(text),
    };

    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex WordPattern();
}
