using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Tests.Support;

/// <summary>
/// A Kestrel server on loopback that speaks the providers' wire formats, records every request and
/// misbehaves on demand. OpenAI-compatible at <c>/v1/chat/completions</c> (and <c>/chat/completions</c>),
/// Gemini's OpenAI-compatible path at <c>/v1beta/openai/chat/completions</c>, Anthropic at <c>/v1/messages</c>.
/// </summary>
/// <remarks>
/// Usage is deterministic: input tokens are the words of every message text (<see cref="RecordedRequest.MessageText"/>),
/// output tokens the words of the reply, both counted by <see cref="CountTokens"/>. Streams send the reply
/// word by word (each word with its trailing whitespace).
/// </remarks>
public sealed partial class LoopbackProviderServer : IAsyncDisposable
{
    public const string DefaultReplyText = "Loopback provider here: the plan holds, and the numbers add up.";

    /// <summary>The key <see cref="SettingsFor"/> puts in settings unless told otherwise.</summary>
    public const string TestApiKey = "loopback-test-key";

    /// <summary>The model the server names when the request names none.</summary>
    public const string DefaultModel = "loopback-model";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<ProviderFault> faults = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly Lock requestsLock = new();
    private readonly CancellationTokenSource stopping = new();
    private int requestCount;

    private LoopbackProviderServer()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapPost("/v1/chat/completions", context => HandleAsync(context, OpenAIWire.OpenAI));
        app.MapPost("/chat/completions", context => HandleAsync(context, OpenAIWire.OpenAI));
        app.MapPost("/v1beta/openai/chat/completions", context => HandleAsync(context, OpenAIWire.Gemini));
        app.MapPost("/v1/messages", context => HandleAsync(context, AnthropicWire.Instance));
    }

    /// <summary>The server root, with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Base URL for the OpenAI SDK: <c>&lt;root&gt;/v1/</c>.</summary>
    public Uri OpenAIBaseUrl => new(BaseUrl, "v1/");

    /// <summary>Base URL shaped like Gemini's OpenAI-compatible one: <c>&lt;root&gt;/v1beta/openai/</c>.</summary>
    public Uri GeminiBaseUrl => new(BaseUrl, "v1beta/openai/");

    /// <summary>Base URL for the Anthropic SDK, which appends <c>/v1/messages</c> itself.</summary>
    public Uri AnthropicBaseUrl => BaseUrl;

    /// <summary>What every request is answered with, unless <see cref="ReplyFactory"/> says otherwise.</summary>
    public string ReplyText { get; set; } = DefaultReplyText;

    /// <summary>Chooses the reply per request (for example by model or by the last message); overrides <see cref="ReplyText"/>.</summary>
    public Func<RecordedRequest, string>? ReplyFactory { get; set; }

    /// <summary>Adds Perplexity's <c>citations</c> and <c>search_results</c> (see <see cref="LoopbackCitations"/>) to OpenAI-shaped answers.</summary>
    public bool IncludeCitations { get; set; }

    /// <summary>When set, a request must carry this key (bearer token or <c>x-api-key</c>) or gets the provider's 401.</summary>
    public string? RequiredApiKey { get; set; }

    /// <summary>Faults not yet consumed.</summary>
    public int PendingFaults => faults.Count;

    /// <summary>A snapshot of the requests received so far, in order of arrival.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (requestsLock)
            {
                return requests.ToList();
            }
        }
    }

    public static async Task<LoopbackProviderServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new LoopbackProviderServer();
        await server.app.StartAsync(cancellationToken);
        server.BaseUrl = new Uri(server.app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Words, as the server counts tokens.</summary>
    public static int CountTokens(string text) => WordPattern().Count(text);

    /// <summary>The next request (on any route) misbehaves as <paramref name="fault"/> says; faults queue up.</summary>
    public void EnqueueFault(ProviderFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        faults.Enqueue(fault);
    }

    /// <summary>
    /// Settings that reach this server as <paramref name="providerName"/> would be reached: a known provider keeps its
    /// kind and default model (Gemini gets the <c>/v1beta/openai/</c> base); any other name is OpenAI-compatible.
    /// </summary>
    public ProviderSettings SettingsFor(string providerName, string? apiKey = TestApiKey)
    {
        var known = KnownProviders.Find(providerName);
        var kind = known?.Kind ?? ProviderKind.OpenAICompatible;
        var baseUrl = kind switch
        {
            ProviderKind.Anthropic => AnthropicBaseUrl,
            ProviderKind.Offline => throw new ArgumentException("The offline model has no server.", nameof(providerName)),
            _ when known?.Name == KnownProviders.Gemini => GeminiBaseUrl,
            _ => OpenAIBaseUrl,
        };
        return new ProviderSettings
        {
            Name = known?.Name ?? providerName,
            Kind = kind,
            ApiKey = apiKey,
            BaseUrl = baseUrl.ToString(),
            Model = known?.DefaultModel ?? DefaultModel,
        };
    }

    /// <summary>Waits until request number <paramref name="number"/> (1-based) has arrived and returns it.</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(int number = 1, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            lock (requestsLock)
            {
                if (requests.Count >= number)
                {
                    return requests[number - 1];
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), deadline.Token);
        }
    }

    /// <summary>Forgets requests and pending faults and restores the default reply, for a server shared by tests.</summary>
    public void Reset()
    {
        faults.Clear();
        lock (requestsLock)
        {
            requests.Clear();
        }

        ReplyText = DefaultReplyText;
        ReplyFactory = null;
        IncludeCitations = false;
        RequiredApiKey = null;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context, IProviderWire wire)
    {
        var request = await RecordAsync(context);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        var cancellationToken = linked.Token;
        if (!IsAuthorized(request))
        {
            // Checked before faults, as a real provider would: a rejected key consumes no fault.
            await LoopbackResponses.WriteErrorAsync(context, wire, StatusCodes.Status401Unauthorized, null, request.Number, cancellationToken);
            return;
        }

        faults.TryDequeue(out var fault);
        try
        {
            switch (fault?.Kind)
            {
                case LoopbackFaultKind.Status:
                    await LoopbackResponses.WriteErrorAsync(context, wire, fault.StatusCode, fault.RetryAfter, request.Number, cancellationToken);
                    return;
                case LoopbackFaultKind.Hang:
                    await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                    return;
                case LoopbackFaultKind.ErrorEventAfterFirstToken when !request.IsStreaming:
                    await LoopbackResponses.WriteErrorAsync(context, wire, 500, null, request.Number, cancellationToken);
                    return;
                case LoopbackFaultKind.SlowResponse:
                    await Task.Delay(fault.Delay, cancellationToken);
                    break;
            }

            var reply = Plan(request);
            if (request.IsStreaming)
            {
                await LoopbackResponses.WriteStreamAsync(context, wire, reply, fault?.Kind, cancellationToken);
            }
            else
            {
                await LoopbackResponses.WriteCompletionAsync(context, wire, reply, fault?.Kind, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client gave up or the server is stopping: end the connection rather than answer.
            context.Abort();
        }
    }

    private bool IsAuthorized(RecordedRequest request) =>
        RequiredApiKey is not { } key
        || request.Header("authorization") == $"Bearer {key}"
        || request.Header("x-api-key") == key;

    private ReplyPlan Plan(RecordedRequest request)
    {
        var text = ReplyFactory?.Invoke(request) ?? ReplyText;
        var root = request.Json?.RootElement;
        var includeUsage = root is { ValueKind: JsonValueKind.Object } body
            && body.TryGetProperty("stream_options", out var streamOptions)
            && streamOptions.ValueKind == JsonValueKind.Object
            && streamOptions.TryGetProperty("include_usage", out var includeUsageValue)
            && includeUsageValue.ValueKind == JsonValueKind.True;
        return new ReplyPlan(
            request.Number,
            request.Model ?? DefaultModel,
            text,
            DeltaPattern().Matches(text).Select(match => match.Value).ToList(),
            Math.Max(1, CountTokens(request.MessageText)),
            CountTokens(text),
            IncludeCitations,
            includeUsage);
    }

    private async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        JsonDocument? json = null;
        try
        {
            json = body.Length > 0 ? JsonDocument.Parse(body) : null;
        }
        catch (JsonException)
        {
            // Recorded as text only; a test may be checking exactly this.
        }

        var request = new RecordedRequest
        {
            Number = Interlocked.Increment(ref requestCount),
            Method = context.Request.Method,
            Path = context.Request.Path.Value ?? "/",
            Headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Body = body,
            Json = json,
            MessageText = json is null ? string.Empty : RequestText.Of(json.RootElement),
        };
        lock (requestsLock)
        {
            requests.Add(request);
        }

        return request;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex DeltaPattern();
}
