namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>
/// A budget of N permits a minute that refills continuously, on the injected <see cref="TimeProvider"/>.
/// Callers wait in arrival order; a timer on the same clock wakes the first one when enough has refilled.
/// (System.Threading.RateLimiting's buckets measure refills on the real stopwatch, which tests cannot move.)
/// </summary>
internal sealed class MinuteBudget : IAsyncDisposable
{
    // Refills are computed in floating point; this absorbs rounding so a wait that is exactly long enough succeeds.
    private const double Tolerance = 1e-6;

    private readonly Lock gate = new();
    private readonly LinkedList<BudgetWaiter> waiters = new();
    private readonly double perMinute;
    private readonly TimeProvider timeProvider;
    private readonly ITimer timer;
    private double available;
    private DateTimeOffset refilledAt;

    public MinuteBudget(int perMinute, TimeProvider timeProvider)
    {
        this.perMinute = perMinute;
        this.timeProvider = timeProvider;
        available = perMinute;
        refilledAt = timeProvider.GetUtcNow();
        timer = timeProvider.CreateTimer(_ => Release(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Completes when <paramref name="permits"/> are granted; a request above the whole budget waits for a full bucket.</summary>
    public Task AcquireAsync(int permits, CancellationToken cancellationToken)
    {
        var waiter = new BudgetWaiter(Math.Clamp(permits, 1, perMinute));
        lock (gate)
        {
            Refill();
            if (waiters.Count == 0 && available + Tolerance >= waiter.Permits)
            {
                available -= waiter.Permits;
                return Task.CompletedTask;
            }

            waiter.Node = waiters.AddLast(waiter);
            ScheduleRelease();
        }

        waiter.Cancellation = cancellationToken.Register(() => Cancel(waiter, cancellationToken));
        return waiter.Completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await timer.DisposeAsync().ConfigureAwait(false);
        lock (gate)
        {
            foreach (var waiter in waiters)
            {
                waiter.Completion.TrySetCanceled();
            }

            waiters.Clear();
        }
    }

    private void Release()
    {
        var granted = new List<BudgetWaiter>();
        lock (gate)
        {
            Refill();
            while (waiters.First is { } first && available + Tolerance >= first.Value.Permits)
            {
                available -= first.Value.Permits;
                waiters.RemoveFirst();
                granted.Add(first.Value);
            }

            ScheduleRelease();
        }

        foreach (var waiter in granted)
        {
            waiter.Cancellation.Dispose();
            waiter.Completion.TrySetResult();
        }
    }

    private void Cancel(BudgetWaiter waiter, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (waiter.Node?.List is null)
            {
                return;
            }

            waiters.Remove(waiter.Node);
            ScheduleRelease();
        }

        waiter.Completion.TrySetCanceled(cancellationToken);
        // The next in line may fit now that a larger request left the head of the queue.
        Release();
    }

    private void Refill()
    {
        var now = timeProvider.GetUtcNow();
        available = Math.Min(perMinute, available + (now - refilledAt).TotalMinutes * perMinute);
        refilledAt = now;
    }

    private void ScheduleRelease()
    {
        if (waiters.First is not { } first)
        {
            timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var missing = Math.Max(0, first.Value.Permits - available);
        timer.Change(TimeSpan.FromMinutes(missing / perMinute), Timeout.InfiniteTimeSpan);
    }
}
