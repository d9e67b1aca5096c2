using System.Diagnostics;

namespace Roundtable.Server.Tests.Support;

/// <summary>
/// Waits, in short real-time polls with a bound, for the effect of something the test already
/// caused (a clock advance, a message sent). Never a way to wait for the schedule itself.
/// </summary>
internal static class Eventually
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, Func<T, string>? describe = null)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (watch.Elapsed > Limit)
            {
                Assert.Fail($"Timed out after {Limit.TotalSeconds} s waiting for {what}; last seen: {(describe is null ? value : describe(value))}");
            }

            await Task.Delay(10);
        }
    }

    public static Task<T> GetAsync<T>(Func<T> probe, Func<T, bool> done, string what) =>
        GetAsync(() => Task.FromResult(probe()), done, what);
}
