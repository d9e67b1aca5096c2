namespace Roundtable.Engine.Tests.Support;

/// <summary>How <see cref="LoopbackProviderServer"/> misbehaves for one request; see <see cref="ProviderFault"/>.</summary>
public enum LoopbackFaultKind
{
    /// <summary>An HTTP error status with the provider's own error body, optionally with Retry-After.</summary>
    Status,

    /// <summary>Never answers; the request ends only when the client aborts it (or the server stops).</summary>
    Hang,

    /// <summary>200 with a body (or SSE data) that is not valid JSON.</summary>
    MalformedJson,

    /// <summary>Headers and the first token, then the connection is aborted.</summary>
    CutAfterFirstToken,

    /// <summary>Streams the first token, then the provider's in-stream error event (Anthropic <c>event: error</c>).</summary>
    ErrorEventAfterFirstToken,

    /// <summary>Waits before answering normally.</summary>
    SlowResponse,
}
