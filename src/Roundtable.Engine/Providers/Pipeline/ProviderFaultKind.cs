namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>Why a provider call failed, as far as retry and failover care.</summary>
public enum ProviderFaultKind
{
    /// <summary>Worth retrying: 5xx, 408, network errors.</summary>
    Transient,

    /// <summary>429: retried after the provider's Retry-After when it is short enough.</summary>
    RateLimited,

    /// <summary>No answer (or no first token) within the provider's timeout.</summary>
    Timeout,

    /// <summary>The circuit breaker is open; the provider is not called.</summary>
    CircuitOpen,

    /// <summary>Our own per-provider rate limit could not be satisfied in time.</summary>
    LocalRateLimit,

    /// <summary>The provider refused the request (4xx other than 408/429): retrying will not help.</summary>
    Rejected,

    /// <summary>The provider answered with something that is not its protocol.</summary>
    Malformed,

    /// <summary>A stream broke after its first token.</summary>
    Interrupted,
}
