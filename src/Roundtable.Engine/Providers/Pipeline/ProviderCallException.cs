using System.Net;

namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>A failed provider call, classified so that retry and failover can decide what to do.</summary>
public sealed class ProviderCallException(
    string provider,
    ProviderFaultKind kind,
    string message,
    Exception? innerException = null,
    HttpStatusCode? statusCode = null,
    TimeSpan? retryAfter = null)
    : Exception($"{provider}: {message}", innerException)
{
    public string Provider { get; } = provider;

    public ProviderFaultKind Kind { get; } = kind;

    public HttpStatusCode? StatusCode { get; } = statusCode;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>A short reason for logs, health and the message's fallback record.</summary>
    public string Reason => StatusCode is { } code ? $"{Kind} ({(int)code})" : Kind.ToString();

    public bool IsRetryable => Kind is ProviderFaultKind.Transient or ProviderFaultKind.RateLimited or ProviderFaultKind.Timeout;
}
