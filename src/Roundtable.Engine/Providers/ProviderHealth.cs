namespace Roundtable.Engine.Providers;

/// <summary>What is true about one provider right now: configured, answering, circuit state.</summary>
public sealed record ProviderHealth
{
    public required string Name { get; init; }

    public required ProviderKind Kind { get; init; }

    public required string? Model { get; init; }

    public required bool IsConfigured { get; init; }

    public required CircuitStatus Circuit { get; init; }

    public required ProviderOutcomesSnapshot Outcomes { get; init; }

    /// <summary>
    /// Usable now: configured, circuit not open, and the latest call (if any) did not fail
    /// after the latest success.
    /// </summary>
    public bool IsHealthy => IsConfigured
        && Circuit is CircuitStatus.Closed or CircuitStatus.HalfOpen
        && (Outcomes.LastFailureAt is null || Outcomes.LastSuccessAt > Outcomes.LastFailureAt);

    /// <summary>One word for tables and status pages.</summary>
    public string Status => !IsConfigured ? "unconfigured"
        : Circuit is CircuitStatus.Open or CircuitStatus.Isolated ? "circuit open"
        : IsHealthy ? (Outcomes.TotalCalls == 0 ? "ready" : "healthy")
        : "failing";
}
