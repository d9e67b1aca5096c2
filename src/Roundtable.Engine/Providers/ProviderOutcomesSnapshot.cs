namespace Roundtable.Engine.Providers;

/// <summary>A provider's recent outcomes at one moment.</summary>
public sealed record ProviderOutcomesSnapshot(
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastFailureAt,
    string? LastError,
    TimeSpan? LastLatency,
    double RecentErrorRate,
    int RecentCalls,
    long TotalCalls,
    long TotalFailures);
