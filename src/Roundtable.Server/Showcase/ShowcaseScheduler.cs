using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Roundtable.Server.Showcase;

/// <summary>
/// The Showcase clock: an in-memory queue of "business X needs attention at time T", read by one
/// dispatcher that wakes on the injected <see cref="TimeProvider"/> and hands each business the
/// moment it falls due to a pool of workers. There is no batch: a business is advanced as soon as a
/// worker is free, and queued again for its next event when its advance is done. The queue and the
/// per-business state are a cache of the database, read in full at start.
/// </summary>
public sealed partial class ShowcaseScheduler(
    BusinessRunLoader loader,
    ShowcaseCycleRunner runner,
    TimeProvider timeProvider,
    IOptions<ShowcaseOptions> options,
    ILogger<ShowcaseScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private readonly Lock sync = new();
    private readonly PriorityQueue<(BusinessRun Run, long Version), DateTimeOffset> due = new();
    private readonly Dictionary<int, BusinessRun> runs = [];
    private readonly HashSet<int> newcomers = [];
    private readonly Channel<BusinessRun> ready = Channel.CreateUnbounded<BusinessRun>();
    private readonly Channel<bool> changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private DateTimeOffset sleepingUntil = DateTimeOffset.MaxValue;

    /// <summary>Asks for a business to be read again and advanced now (it is new, or its credits or settings changed).</summary>
    public void Wake(int businessId)
    {
        lock (sync)
        {
            if (!runs.TryGetValue(businessId, out var run))
            {
                newcomers.Add(businessId);
                changed.Writer.TryWrite(true);
                return;
            }

            run.Stale = true;
            if (run.InFlight)
            {
                run.WakeRequested = true;
            }
            else
            {
                Schedule(run, timeProvider.GetUtcNow());
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // SQLite answers "async" queries synchronously: reading every business must not hold up the host's start.
        await Task.Yield();
        var loaded = await loader.LoadAllAsync(stoppingToken);
        lock (sync)
        {
            var now = timeProvider.GetUtcNow();
            foreach (var run in loaded)
            {
                runs[run.Business.Id] = run;
                Schedule(run, now);
            }
        }

        // A worker or the dispatcher failing unexpectedly stops the scheduler loudly rather than leaving it a worker short.
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Task[] loops =
        [
            DispatchAsync(running.Token),
            .. Enumerable.Range(0, options.Value.Parallelism).Select(_ => Task.Run(() => WorkAsync(running.Token), running.Token)),
        ];
        try
        {
            await await Task.WhenAny(loops);
        }
        finally
        {
            await running.CancelAsync();
            ready.Writer.TryComplete();
            await Task.WhenAll(loops).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await AdmitNewcomersAsync(stoppingToken);
            DateTimeOffset? next;
            lock (sync)
            {
                var now = timeProvider.GetUtcNow();
                while (due.TryPeek(out var entry, out var at) && at <= now)
                {
                    due.Dequeue();
                    if (entry.Version == entry.Run.Version && !entry.Run.InFlight)
                    {
                        entry.Run.InFlight = true;
                        ready.Writer.TryWrite(entry.Run);
                    }
                }

                next = due.TryPeek(out _, out var earliest) ? earliest : null;
                sleepingUntil = next ?? DateTimeOffset.MaxValue;
            }

            await WaitAsync(next, stoppingToken);
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await foreach (var run in ready.Reader.ReadAllAsync(stoppingToken))
        {
            var next = await AdvanceAsync(run, stoppingToken);
            lock (sync)
            {
                run.InFlight = false;
                if (run.WakeRequested)
                {
                    run.WakeRequested = false;
                    Schedule(run, timeProvider.GetUtcNow());
                }
                else if (next is { } at)
                {
                    Schedule(run, at);
                }
            }
        }
    }

    private async Task<DateTimeOffset?> AdvanceAsync(BusinessRun run, CancellationToken stoppingToken)
    {
        try
        {
            if (run.Stale)
            {
                if (await loader.LoadAsync(run.Business.Id, stoppingToken) is not { } fresh)
                {
                    return null;
                }

                run.ReloadFrom(fresh);
            }

            return await runner.AdvanceAsync(run, stoppingToken);
        }
        catch (Exception exception) when (exception is DbUpdateException or DbException or InvalidOperationException or TimeoutException
            or ArgumentException || (exception is OperationCanceledException && !stoppingToken.IsCancellationRequested))
        {
            // One business's failure must not stop the others; it is read again from the database and tried again shortly.
            LogAdvanceFailed(logger, exception, run.Business.Id);
            run.Stale = true;
            return timeProvider.GetUtcNow() + RetryAfter;
        }
    }

    /// <summary>Businesses woken that the scheduler did not know (created after it started) are read and advanced.</summary>
    private async Task AdmitNewcomersAsync(CancellationToken stoppingToken)
    {
        List<int> ids;
        lock (sync)
        {
            if (newcomers.Count == 0)
            {
                return;
            }

            ids = [.. newcomers];
            newcomers.Clear();
        }

        foreach (var id in ids)
        {
            BusinessRun? run;
            try
            {
                run = await loader.LoadAsync(id, stoppingToken);
            }
            catch (Exception exception) when (exception is DbException or InvalidOperationException or TimeoutException)
            {
                LogAdvanceFailed(logger, exception, id);
                continue;
            }

            if (run is not null)
            {
                lock (sync)
                {
                    if (runs.TryAdd(id, run))
                    {
                        Schedule(run, timeProvider.GetUtcNow());
                    }
                }
            }
        }
    }

    /// <summary>Queues the business for <paramref name="at"/>, replacing its earlier entry. Called under the lock.</summary>
    private void Schedule(BusinessRun run, DateTimeOffset at)
    {
        run.Version++;
        due.Enqueue((run, run.Version), at);
        if (at < sleepingUntil)
        {
            sleepingUntil = at;
            changed.Writer.TryWrite(true);
        }
    }

    private async Task WaitAsync(DateTimeOffset? until, CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var signalled = changed.Reader.WaitToReadAsync(wake.Token).AsTask();
        // Decided on the nullable, never on the span: a head exactly 1 ms overdue is -1 ms, which Task.Delay reads as "forever".
        var delay = until is { } at ? TimeSpan.FromTicks(Math.Max(0, (at - timeProvider.GetUtcNow()).Ticks)) : Timeout.InfiniteTimeSpan;
        var elapsed = Task.Delay(delay, timeProvider, wake.Token);
        await Task.WhenAny(signalled, elapsed);
        changed.Reader.TryRead(out _);
        await wake.CancelAsync();
        try
        {
            await Task.WhenAll(signalled, elapsed);
        }
        catch (OperationCanceledException)
        {
            // The other wait was cancelled because one of them finished.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Showcase business {BusinessId}: advancing the cycle failed; reading it again and retrying in 5 s")]
    private static partial void LogAdvanceFailed(ILogger logger, Exception exception, int businessId);
}
