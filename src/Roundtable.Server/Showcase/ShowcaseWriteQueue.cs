using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>
/// The Showcase's only writer to the database. SQLite has a single write lock: many writers only
/// queue for it (and Microsoft.Data.Sqlite sleeps between attempts), so every Showcase change goes
/// through this queue, and whatever has gathered while the previous transaction ran is applied in
/// one transaction, publishing and starting first. A batch that fails is rolled back and its writes
/// applied one by one, so one bad write (another node's conflicting start) fails alone.
/// </summary>
public sealed partial class ShowcaseWriteQueue(IRoundtableDbContextFactory contexts, ILogger<ShowcaseWriteQueue> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<ShowcaseWrite> writes = Channel.CreateUnbounded<ShowcaseWrite>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>
    /// Applies <paramref name="apply"/> in the next batch; completes with its result once that batch
    /// committed. <paramref name="apply"/> may run twice (batch, then alone) and must not keep state.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<RoundtableDbContext, CancellationToken, Task<T>> apply, bool urgent = true)
    {
        var write = new ShowcaseWriteOf<T>(apply, urgent);
        if (!writes.Writer.TryWrite(write))
        {
            write.Fail(new OperationCanceledException("The Showcase write queue has stopped."));
        }

        return write.Done;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<ShowcaseWrite>(MaxBatch);
        try
        {
            while (await writes.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < MaxBatch && writes.Reader.TryRead(out var write))
                {
                    batch.Add(write);
                }

                // Stable: urgent writes keep their order, and come before look-ahead storage.
                var ordered = batch.Where(w => w.Urgent).Concat(batch.Where(w => !w.Urgent)).ToList();
                await ApplyAsync(ordered, stoppingToken);
                batch.Clear();
            }
        }
        finally
        {
            writes.Writer.TryComplete();
            var stopped = new OperationCanceledException("The Showcase write queue has stopped.");
            foreach (var write in batch)
            {
                write.Fail(stopped);
            }

            while (writes.Reader.TryRead(out var left))
            {
                left.Fail(stopped);
            }
        }
    }

    private async Task ApplyAsync(IReadOnlyList<ShowcaseWrite> batch, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyTogetherAsync(batch, cancellationToken);
            foreach (var write in batch)
            {
                write.Commit();
            }
        }
        catch (Exception exception) when (batch.Count > 1 && IsWriteFailure(exception))
        {
            LogBatchRetried(logger, batch.Count, exception.Message);
            foreach (var write in batch)
            {
                await ApplyAloneAsync(write, cancellationToken);
            }
        }
        catch (Exception exception) when (IsWriteFailure(exception))
        {
            batch[0].Fail(exception);
        }
    }

    private async Task ApplyAloneAsync(ShowcaseWrite write, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyTogetherAsync([write], cancellationToken);
            write.Commit();
        }
        catch (Exception exception) when (IsWriteFailure(exception))
        {
            write.Fail(exception);
        }
    }

    private async Task ApplyTogetherAsync(IReadOnlyList<ShowcaseWrite> batch, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var write in batch)
        {
            await write.ApplyAsync(db, cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
    }

    // What a write can meet besides shutdown: constraint conflicts, a busy or lost database, a bad row.
    private static bool IsWriteFailure(Exception exception) =>
        exception is DbUpdateException or InvalidOperationException or TimeoutException or ArgumentException
            or System.Data.Common.DbException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Showcase: a batch of {Count} writes failed ({Reason}); applying them one by one")]
    private static partial void LogBatchRetried(ILogger logger, int count, string reason);
}
