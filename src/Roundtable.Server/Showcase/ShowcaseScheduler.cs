using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>
/// The Showcase clock: one loop over an in-memory queue of "business X needs attention at time T",
/// waking on the injected <see cref="TimeProvider"/>. The queue is only a cache of what the database
/// and the plans say; on start every business is simply advanced once, which resumes its cycle.
/// </summary>
public sealed partial class ShowcaseScheduler(
    IRoundtableDbContextFactory contexts,
    ShowcaseCycleRunner runner,
    TimeProvider timeProvider,
    IOptions<ShowcaseOptions> options,
    ILogger<ShowcaseScheduler> logger) : BackgroundService
{
    private readonly PriorityQueue<int, DateTimeOffset> due = new();
    private readonly Channel<int> wakeUps = Channel.CreateUnbounded<int>();

    /// <summary>Asks for a business to be advanced now (its credits or settings changed).</summary>
    public void Wake(int businessId) => wakeUps.Writer.TryWrite(businessId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await using (var db = contexts.CreateDbContext())
        {
            foreach (var id in await db.Businesses.Select(b => b.Id).ToListAsync(stoppingToken))
            {
                due.Enqueue(id, timeProvider.GetUtcNow());
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await AdvanceDueAsync(stoppingToken);
            await WaitForNextAsync(stoppingToken);
        }
    }

    private async Task AdvanceDueAsync(CancellationToken stoppingToken)
    {
        var now = timeProvider.GetUtcNow();
        var ready = new HashSet<int>();
        while (due.TryPeek(out var id, out var at) && at <= now)
        {
            due.Dequeue();
            ready.Add(id);
        }

        while (wakeUps.Reader.TryRead(out var woken))
        {
            ready.Add(woken);
        }

        if (ready.Count == 0)
        {
            return;
        }

        var next = new System.Collections.Concurrent.ConcurrentBag<(int Id, DateTimeOffset At)>();
        await Parallel.ForEachAsync(ready, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = stoppingToken },
            async (id, token) =>
            {
                if (await AdvanceOneAsync(id, token) is { } at)
                {
                    next.Add((id, at));
                }
            });
        foreach (var (id, at) in next)
        {
            due.Enqueue(id, at);
        }
    }

    private async Task<DateTimeOffset?> AdvanceOneAsync(int businessId, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.AdvanceAsync(businessId, cancellationToken);
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or TimeoutException or ArgumentException)
        {
            // One business's failure must not stop the others; it is tried again shortly.
            LogAdvanceFailed(logger, exception, businessId);
            return timeProvider.GetUtcNow() + TimeSpan.FromSeconds(5);
        }
    }

    private async Task WaitForNextAsync(CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var waitForWakeUp = wakeUps.Reader.WaitToReadAsync(wake.Token).AsTask();
        var delay = due.TryPeek(out _, out var at) ? at - timeProvider.GetUtcNow() : Timeout.InfiniteTimeSpan;
        var waitForTime = delay == Timeout.InfiniteTimeSpan
            ? Task.Delay(Timeout.InfiniteTimeSpan, timeProvider, wake.Token)
            : Task.Delay(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, timeProvider, wake.Token);
        await Task.WhenAny(waitForWakeUp, waitForTime);
        await wake.CancelAsync();
        try
        {
            await Task.WhenAll(waitForWakeUp, waitForTime);
        }
        catch (OperationCanceledException)
        {
            // The other wait was cancelled because one of them finished.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Showcase business {BusinessId}: advancing the cycle failed; retrying in 5 s")]
    private static partial void LogAdvanceFailed(ILogger logger, Exception exception, int businessId);
}
