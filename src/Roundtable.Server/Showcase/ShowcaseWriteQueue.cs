using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>
/// The Showcase's only writer to the database. SQLite has a single write lock: many writers only
/// queue for it (and Microsoft.Data.Sqlite sleeps between attempts), so every Showcase change goes
/// through this queue, and whatever has gathered while the previous transaction ran is applied in
/// one transaction, publishing and starting first, with one <c>SaveChanges</c> for all the rows the
/// batch adds. A batch that fails is rolled back and its writes applied one by one, so one bad write
/// (another node's conflicting start) fails alone. The context is kept from batch to batch (its
/// connection stays open) and replaced after a failure.
/// </summary>
public sealed partial class ShowcaseWriteQueue(IRoundtableDbContextFactory contexts, ILogger<ShowcaseWriteQueue> logger) : BackgroundService
{
    private const int MaxBatch = 256;

    private readonly Channel<ShowcaseWrite> writes = Channel.CreateUnbounded<ShowcaseWrite>(new UnboundedChannelOptions { SingleReader = true });

    private RoundtableDbContext? db;

    /// <summary>
    /// Applies <paramref name="apply"/> in the next batch; completes with its result once that batch
    /// committed. <paramref name="apply"/> runs its updates at once and only adds new rows: they are
    /// saved with the batch's other rows (so ids on what it returns are set by the time it completes).
    /// It may run twice (batch, then alone) and must build its rows afresh each time.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<RoundtableDbContext, CancellationToken, Task<T>> apply, bool urgent = true)
    {
        var write = new ShowcaseWriteOf<T>(apply, urgent);
        if (!writes.Writer.TryWrite(write))
        {
            write.Fail(Stopped());
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
            if (db is not null)
            {
                await db.DisposeAsync();
            }

            foreach (var write in batch)
            {
                write.Fail(Stopped());
            }

            Close();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);

        // The loop may never have run (stopped before it started): nobody may be left waiting on a write.
        Close();
    }

    private void Close()
    {
        writes.Writer.TryComplete();
        while (writes.Reader.TryRead(out var left))
        {
            left.Fail(Stopped());
        }
    }

    private static OperationCanceledException Stopped() => new("The Showcase write queue has stopped.");

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
        try
        {
            if (db is null)
            {
                db = contexts.CreateDbContext();
                await db.Database.OpenConnectionAsync(cancellationToken);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var write in batch)
            {
                await write.ApplyAsync(db, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        catch
        {
            // Start the next attempt from a clean context and connection; the transaction was rolled back.
            if (db is not null)
            {
                await db.DisposeAsync();
                db = null;
            }

            throw;
        }
    }

    // What a write can meet besides shutdown: constraint conflicts, a busy or lost database, a bad row.
    private static bool IsWriteFailure(Exception exception) =>
        exception is DbUpdateException or InvalidOperationException or TimeoutException or ArgumentException
            or System.Data.Common.DbException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Showcase: a batch of {Count} writes failed ({Reason}); applying them one by one")]
    private static partial void LogBatchRetried(ILogger logger, int count, string reason);
}
