namespace Roundtable.Engine.Tests.Support;

/// <summary>One misbehaviour for <see cref="LoopbackProviderServer.EnqueueFault"/>; each request consumes one.</summary>
public sealed record ProviderFault
{
    private ProviderFault(LoopbackFaultKind kind, int statusCode = 0, TimeSpan? retryAfter = null, TimeSpan delay = default)
    {
        Kind = kind;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        Delay = delay;
    }

    public LoopbackFaultKind Kind { get; }

    /// <summary>The HTTP status for <see cref="LoopbackFaultKind.Status"/>; 0 otherwise.</summary>
    public int StatusCode { get; }

    /// <summary>Sent as a <c>Retry-After</c> header in whole seconds (rounded up).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>How long <see cref="LoopbackFaultKind.SlowResponse"/> waits.</summary>
    public TimeSpan Delay { get; }

    /// <summary>Never answers until the client gives up.</summary>
    public static ProviderFault Hang { get; } = new(LoopbackFaultKind.Hang);

    /// <summary>200 with a broken JSON body, or broken SSE data when streaming.</summary>
    public static ProviderFault MalformedJson { get; } = new(LoopbackFaultKind.MalformedJson);

    /// <summary>Headers and the first token, then the connection is aborted (a partial body when not streaming).</summary>
    public static ProviderFault CutAfterFirstToken { get; } = new(LoopbackFaultKind.CutAfterFirstToken);

    /// <summary>
    /// Streaming: the first token, then Anthropic's <c>event: error</c> (overloaded_error) or an OpenAI-style
    /// <c>data: {"error":…}</c> chunk. Not streaming: HTTP 500.
    /// </summary>
    public static ProviderFault ErrorEventAfterFirstToken { get; } = new(LoopbackFaultKind.ErrorEventAfterFirstToken);

    /// <summary>An HTTP error with the provider's real error body; Retry-After in seconds when given.</summary>
    public static ProviderFault Status(int code, TimeSpan? retryAfter = null) =>
        code is >= 400 and <= 599
            ? new(LoopbackFaultKind.Status, code, retryAfter)
            : throw new ArgumentOutOfRangeException(nameof(code), code, "Only error statuses are faults.");

    /// <summary>Answers normally after <paramref name="delay"/> (cancelled when the client aborts).</summary>
    public static ProviderFault SlowResponse(TimeSpan delay) => new(LoopbackFaultKind.SlowResponse, delay: delay);
}
