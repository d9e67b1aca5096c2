using System.Collections.Concurrent;

namespace Roundtable.Server.Showcase;

/// <summary>
/// Dedicated threads for writing ahead. The offline model is CPU-bound work that completes
/// synchronously; on the shared thread pool each message is a few milliseconds that the scheduler's
/// timer and the publishing workers would queue behind. Continuations of the look-ahead's awaits stay
/// on these threads (the awaits capture this scheduler), so the pool is left to publishing.
/// </summary>
internal sealed class LookaheadThreads : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> tasks = [];
    private readonly List<Thread> threads;

    public LookaheadThreads(int count)
    {
        threads = [.. Enumerable.Range(0, count).Select(i => new Thread(Run) { IsBackground = true, Name = $"Showcase look-ahead {i + 1}" })];
        foreach (var thread in threads)
        {
            thread.Start();
        }
    }

    public override int MaximumConcurrencyLevel => threads.Count;

    public void Dispose()
    {
        tasks.CompleteAdding();
        tasks.Dispose();
    }

    protected override void QueueTask(Task task) => tasks.Add(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        threads.Contains(Thread.CurrentThread) && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => [.. tasks];

    private void Run()
    {
        try
        {
            foreach (var task in tasks.GetConsumingEnumerable())
            {
                TryExecuteTask(task);
            }
        }
        catch (ObjectDisposedException)
        {
            // Disposed while waiting: the host is stopping.
        }
    }
}
