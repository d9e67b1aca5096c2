using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Roundtable.Bench.Overhead;

/// <summary>
/// Drives turns in a closed loop, level by level: one virtual user per worker, each sending its next turn
/// when the last is answered, in sessions of its own (a new one every <c>turnsPerSession</c> turns,
/// prepared before the clock runs), so that a session's one-turn-at-a-time lock never serialises users
/// against each other.
/// </summary>
internal sealed class ClosedLoopDriver<TReply>(IClosedLoopTarget<TReply> target, ZeroLatencyModel model, ClosedLoopOptions options, int turnsPerSession)
{
    private const int StartupWarmupConcurrency = 4;
    private const int MaxSessionsPerUser = 1000;

    /// <summary>
    /// The start-up warm-up, then each level of <see cref="ClosedLoopOptions.Concurrency"/> after its own warm-up,
    /// summarised by <paramref name="summarise"/> and reported on the console as it ends.
    /// </summary>
    public async Task<IReadOnlyList<TLevel>> RunLevelsAsync<TLevel>(
        BenchServer server, Func<int, ClosedLoopRun<TReply>, TLevel> summarise, string turnsPerSecondFormat)
        where TLevel : ClosedLoopLevelResult
    {
        // Whichever level ran first used to pay for the server's tier-0 code (c=1 measured twice as slow first as last).
        await RunUnmeasuredAsync(StartupWarmupConcurrency, options.StartupWarmup);

        var levels = new List<TLevel>();
        foreach (var concurrency in options.Concurrency)
        {
            await RunUnmeasuredAsync(concurrency, options.Warmup);
            var level = summarise(concurrency, await RunMeasuredAsync(concurrency, options.TurnsAt(concurrency), server));
            var turnsPerSecond = level.TurnsPerSecond.ToString(turnsPerSecondFormat, CultureInfo.CurrentCulture);
            Console.WriteLine($"  c={concurrency}: {turnsPerSecond} turns/s, overhead {level.Overhead}, load {level.LoadAverageAfter}");
            levels.Add(level);
        }

        return levels;
    }

    private async Task RunUnmeasuredAsync(int concurrency, int turns)
    {
        if (turns > 0)
        {
            await LoopAsync(await PrepareSessionsAsync(concurrency, turns), turns, samples: null);
        }
    }

    /// <summary>Counts the server's, the bench's and the machine's work only while the clock runs, not while sessions are prepared.</summary>
    private async Task<ClosedLoopRun<TReply>> RunMeasuredAsync(int concurrency, int turns, BenchServer server)
    {
        var sessions = await PrepareSessionsAsync(concurrency, turns);
        var prepared = sessions.Sum(queue => queue.Count);
        var samples = new ConcurrentBag<ClosedLoopSample<TReply>>();
        var sampler = new ProcessSampler(server.Id);
        sampler.Start();
        var benchCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var modelRequestsAtStart = model.Requests;
        var databaseCommandsAtStart = server.DatabaseCommands;
        var (seconds, failures, lateSessions) = await LoopAsync(sessions, turns, samples);
        var modelRequests = model.Requests - modelRequestsAtStart;
        var databaseCommands = server.DatabaseCommands - databaseCommandsAtStart;
        var benchCpu = (Process.GetCurrentProcess().TotalProcessorTime - benchCpuAtStart).TotalSeconds;
        await sampler.DisposeAsync();
        return new ClosedLoopRun<TReply>
        {
            Samples = [.. samples],
            Failed = failures.Count,
            Problems = failures.Problems,
            Seconds = seconds,
            Sessions = prepared + lateSessions,
            LateSessions = lateSessions,
            ModelRequests = modelRequests,
            DatabaseCommands = databaseCommands,
            ServerCpuSeconds = sampler.CpuSeconds - sampler.CpuSecondsAtStart,
            BenchCpuSeconds = benchCpu,
            MachineCpuSeconds = sampler.MachineCpuSeconds,
        };
    }

    private async Task<Queue<string>[]> PrepareSessionsAsync(int concurrency, int turns)
    {
        var perUser = (turns + concurrency - 1) / concurrency;
        var sessionsPerUser = Math.Min((perUser + turnsPerSession - 1) / turnsPerSession, MaxSessionsPerUser);
        return await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var queue = new Queue<string>();
            for (var i = 0; i < sessionsPerUser; i++)
            {
                queue.Enqueue(await target.StartSessionAsync());
            }

            return queue;
        }));
    }

    /// <summary>Keeps the successful turns in <paramref name="samples"/>, or, unmeasured, drops their model times.</summary>
    private async Task<(double Seconds, TurnFailures Failures, int LateSessions)> LoopAsync(
        Queue<string>[] sessions, int turns, ConcurrentBag<ClosedLoopSample<TReply>>? samples)
    {
        var failures = new TurnFailures();
        var issued = 0;
        var lateSessions = 0;
        var clock = Stopwatch.StartNew();
        async Task UserAsync(Queue<string> queue)
        {
            string? session = null;
            var used = turnsPerSession;
            while (Interlocked.Increment(ref issued) <= turns && clock.Elapsed < options.MaxPerLevel)
            {
                if (used == turnsPerSession)
                {
                    // Uneven sharing of the turns can outrun the prepared sessions; a late one is created here.
                    if (!queue.TryDequeue(out session))
                    {
                        Interlocked.Increment(ref lateSessions);
                        session = await target.StartSessionAsync();
                    }

                    used = 0;
                }

                used++;
                var turn = model.NextTurnId();
                if (await failures.SendAsync(() => target.SendAsync(session!, turn)) is not { } reply)
                {
                    continue;
                }

                if (samples is null)
                {
                    model.TryTake(turn, out _);
                }
                else
                {
                    samples.Add(new ClosedLoopSample<TReply>(turn, reply.Milliseconds, target.Read(reply.Body)));
                }
            }
        }

        await Task.WhenAll(sessions.Select(UserAsync));
        return (clock.Elapsed.TotalSeconds, failures, lateSessions);
    }
}
