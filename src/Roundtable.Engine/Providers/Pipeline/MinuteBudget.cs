using System.Threading.RateLimiting;

namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>A token bucket holding one minute's budget, refilled evenly across the minute.</summary>
internal sealed class MinuteBudget : IAsyncDisposable
{
    private readonly int perMinute;
    private readonly TokenBucketRateLimiter bucket;
    private readonly ITimer refillTimer;

    public MinuteBudget(int perMinute, TimeProvider timeProvider)
    {
        this.perMinute = perMinute;
        // Small budgets refill one permit at a time; large ones once a second.
        var (period, perPeriod) = perMinute <= 60
            ? (TimeSpan.FromMinutes(1) / perMinute, 1)
            : (TimeSpan.FromSeconds(1), (int)Math.Ceiling(perMinute / 60.0));
        bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = period,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        refillTimer = timeProvider.CreateTimer(_ => bucket.TryReplenish(), null, period, period);
    }

    public async Task AcquireAsync(int permits, CancellationToken cancellationToken)
    {
        // A single call larger than the whole budget still goes, alone, once the bucket is full.
        using var lease = await bucket.AcquireAsync(Math.Clamp(permits, 1, perMinute), cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new OperationCanceledException("rate limit queue refused the request", cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await refillTimer.DisposeAsync().ConfigureAwait(false);
        bucket.Dispose();
    }
}
