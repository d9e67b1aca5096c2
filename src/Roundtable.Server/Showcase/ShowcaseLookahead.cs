using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Roundtable.Server.Showcase;

/// <summary>
/// Writes messages before they are due, so that publishing is only a short update at the planned
/// instant. A bounded pool of writers takes the conversation whose next unwritten message is due
/// soonest (earliest deadline first): when thousands of businesses start at once, every first
/// message is written before anyone's third. It runs on threads of its own, all cores but one, so
/// the publishing path always has a core and never queues behind writing on the thread pool.
/// </summary>
public sealed partial class ShowcaseLookahead(
    ShowcaseMessageWriter writer, IOptions<ShowcaseOptions> options, ILogger<ShowcaseLookahead> logger) : BackgroundService
{
    private readonly Lock sync = new();
    private readonly PriorityQueue<ConversationRun, DateTimeOffset> queue = new();
    private readonly HashSet<ConversationRun> queued = [];
    private readonly SemaphoreSlim waiting = new(0);
    private long writtenAhead;

    /// <summary>Messages written ahead so far (a diagnostic: tests wait on it, since drafts live only in memory).</summary>
    public long WrittenAhead => Interlocked.Read(ref writtenAhead);

    /// <summary>Asks for messages up to <paramref name="upTo"/> to be written ahead of their time.</summary>
    public void Request(ConversationRun run, int upTo)
    {
        upTo = Math.Min(upTo, run.Plan.MessageCount);
        lock (sync)
        {
            if (upTo <= run.LookaheadUpTo || upTo <= run.Written)
            {
                return;
            }

            run.LookaheadUpTo = upTo;
            if (!queued.Add(run))
            {
                return;
            }

            queue.Enqueue(run, run.Plan.MessageTimes[Math.Min(run.Written, run.Plan.MessageCount - 1)]);
        }

        waiting.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var count = options.Value.GenerationConcurrency;
        // Writers waiting on a provider share the threads; CPU-bound (offline) writing uses at most all cores but one.
        using var threads = new LookaheadThreads(Math.Clamp(Environment.ProcessorCount - 1, 1, count));
        var writers = Enumerable.Range(0, count)
            .Select(_ => Task.Factory.StartNew(() => WriteAheadAsync(stoppingToken), stoppingToken, TaskCreationOptions.DenyChildAttach, threads).Unwrap());
        await Task.WhenAll(writers);
    }

    private async Task WriteAheadAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await waiting.WaitAsync(stoppingToken);
            ConversationRun run;
            int upTo;
            lock (sync)
            {
                run = queue.Dequeue();
                queued.Remove(run);
                upTo = run.LookaheadUpTo;
            }

            if (run.Abandoned)
            {
                continue;
            }

            try
            {
                var before = run.Written;
                await writer.EnsureWrittenAsync(run, upTo, urgent: false, stoppingToken);
                Interlocked.Add(ref writtenAhead, run.Written - before);
            }
            catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or TimeoutException
                || (exception is OperationCanceledException && !stoppingToken.IsCancellationRequested))
            {
                // Only a head start: the scheduler writes a message itself when it falls due.
                lock (sync)
                {
                    run.LookaheadUpTo = run.Written;
                }

                LogFailed(logger, run.Business.Id, run.Plan.Index, exception.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Showcase business {BusinessId}, slot {Index}: writing ahead failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, int businessId, int index, string reason);
}
