using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Roundtable.Engine.Tests.Support;

/// <summary>
/// A fake clock that also reports the timers armed on it, so a test can wait until the code under
/// test is actually waiting (say, for a retry delay) before moving time, instead of guessing.
/// </summary>
internal sealed class TimerWatchingTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<(TimeSpan DueTime, TaskCompletionSource Armed)> watches = new();
    private readonly ConcurrentBag<TimeSpan> armed = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        armed.Add(dueTime);
        foreach (var (due, signal) in watches)
        {
            if (due == dueTime)
            {
                signal.TrySetResult();
            }
        }

        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Completes once a timer with exactly <paramref name="dueTime"/> has been created.</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        watches.Enqueue((dueTime, signal));
        if (armed.Contains(dueTime))
        {
            signal.TrySetResult();
        }

        return signal.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
