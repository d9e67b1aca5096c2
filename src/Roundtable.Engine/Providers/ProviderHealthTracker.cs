using System.Collections.Concurrent;

namespace Roundtable.Engine.Providers;

/// <summary>
/// Remembers, per provider, the last success and failure and the outcome of the most recent
/// calls, so health can be reported from what really happened.
/// </summary>
public sealed class ProviderHealthTracker(TimeProvider timeProvider)
{
    private const int Window = 20;

    private readonly ConcurrentDictionary<string, ProviderOutcomes> outcomes = new(StringComparer.OrdinalIgnoreCase);

    public void RecordSuccess(string provider, TimeSpan latency) =>
        For(provider).Add(success: true, timeProvider.GetUtcNow(), latency, error: null);

    public void RecordFailure(string provider, string error) =>
        For(provider).Add(success: false, timeProvider.GetUtcNow(), latency: null, error);

    public ProviderOutcomesSnapshot Snapshot(string provider) => For(provider).Snapshot();

    private ProviderOutcomes For(string provider) => outcomes.GetOrAdd(provider, _ => new ProviderOutcomes(Window));
}
