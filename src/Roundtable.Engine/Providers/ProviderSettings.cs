namespace Roundtable.Engine.Providers;

/// <summary>
/// Everything needed to reach one provider and to bound how it is used. Bound from
/// <c>Providers:&lt;Name&gt;</c>, with the seeds' environment variables as fallbacks.
/// </summary>
public sealed record ProviderSettings
{
    public required string Name { get; init; }

    public ProviderKind Kind { get; init; } = ProviderKind.OpenAICompatible;

    public string? ApiKey { get; init; }

    public string? BaseUrl { get; init; }

    public string? Model { get; init; }

    /// <summary>Time allowed for a whole non-streaming call, or until the first streamed token.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt for transient faults (429, 408, 5xx, network).</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>Base of the jittered exponential backoff when the provider gives no Retry-After.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited for; the call fails over instead.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests per minute; 0 means unlimited.</summary>
    public int RequestsPerMinute { get; init; }

    /// <summary>Tokens (input estimate plus requested output) per minute; 0 means unlimited.</summary>
    public int TokensPerMinute { get; init; }

    /// <summary>Failure ratio within <see cref="CircuitSamplingDuration"/> that opens the circuit.</summary>
    public double CircuitFailureRatio { get; init; } = 0.5;

    public int CircuitMinimumThroughput { get; init; } = 4;

    public TimeSpan CircuitSamplingDuration { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan CircuitBreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>US dollars per million input tokens, for cost estimates.</summary>
    public decimal InputPricePerMillion { get; init; }

    /// <summary>US dollars per million output tokens, for cost estimates.</summary>
    public decimal OutputPricePerMillion { get; init; }

    /// <summary>
    /// A provider is usable when it has what its kind needs: a key for the hosted services,
    /// a base URL for a local OpenAI-compatible server; the offline model always is.
    /// </summary>
    public bool IsConfigured => Kind switch
    {
        ProviderKind.Offline => true,
        ProviderKind.OpenAICompatible when KnownProviders.RequiresKey(Name) => !string.IsNullOrWhiteSpace(ApiKey),
        ProviderKind.OpenAICompatible => !string.IsNullOrWhiteSpace(BaseUrl),
        _ => !string.IsNullOrWhiteSpace(ApiKey),
    };

    public decimal EstimateCost(long inputTokens, long outputTokens) =>
        (inputTokens * InputPricePerMillion + outputTokens * OutputPricePerMillion) / 1_000_000m;
}
