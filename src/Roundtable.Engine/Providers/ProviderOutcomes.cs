namespace Roundtable.Engine.Providers;

/// <summary>A provider's recent outcomes: a fixed window of successes and failures plus the latest of each.</summary>
internal sealed class ProviderOutcomes(int window)
{
    private readonly Lock gate = new();
    private readonly Queue<bool> recent = new();
    private DateTimeOffset? lastSuccessAt;
    private DateTimeOffset? lastFailureAt;
    private string? lastError;
    private TimeSpan? lastLatency;
    private long totalCalls;
    private long totalFailures;

    public void Add(bool success, DateTimeOffset at, TimeSpan? latency, string? error)
    {
        lock (gate)
        {
            recent.Enqueue(success);
            if (recent.Count > window)
            {
                recent.Dequeue();
            }

            totalCalls++;
            if (success)
            {
                lastSuccessAt = at;
                lastLatency = latency;
            }
            else
            {
                totalFailures++;
                lastFailureAt = at;
                lastError = error;
            }
        }
    }

    public ProviderOutcomesSnapshot Snapshot()
    {
        lock (gate)
        {
            var errorRate = recent.Count == 0 ? 0 : recent.Count(ok => !ok) / (double)recent.Count;
            return new ProviderOutcomesSnapshot(lastSuccessAt, lastFailureAt, lastError, lastLatency, errorRate, recent.Count, totalCalls, totalFailures);
        }
    }
}
