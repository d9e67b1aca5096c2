namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>What one successful call to one provider cost and how long it took.</summary>
public sealed record ProviderCallReport
{
    /// <summary>Key under which the report travels in a response's additional properties.</summary>
    public const string PropertyKey = "roundtable.call";

    public required string Provider { get; init; }

    public required string Model { get; init; }

    public bool IsOffline { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    /// <summary>True when the provider reported no usage and the counts are estimates.</summary>
    public bool TokensEstimated { get; init; }

    public TimeSpan Latency { get; init; }

    public TimeSpan? TimeToFirstToken { get; init; }

    public decimal EstimatedCostUsd { get; init; }
}
