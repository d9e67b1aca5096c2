using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Roundtable.Bench.Assistant;

/// <summary>
/// Drives non-streaming turns at one concurrency: one virtual user per worker, each with its own
/// conversations (a new one every <c>TurnsPerConversation</c> turns), so that the per-conversation
/// ordering lock never serialises users against each other.
/// </summary>
internal sealed class AssistantLevelRunner(AssistantApiClient client, ZeroLatencyModel model, AssistantBenchOptions options)
{
    private const int KeptProblems = 5;

    /// <summary>Microsoft.Data.Sqlite sleeps this long (blocking) after each SQLITE_BUSY before retrying.</summary>
    private const double SqliteBusySleepMilliseconds = 150;

    private long nextTurnId;
    private int nextUser;

    public async Task RunUnmeasuredAsync(int concurrency, int turns)
    {
        if (turns > 0)
        {
            await RunAsync(concurrency, turns, measure: false);
        }
    }

    public async Task<AssistantLevelResult> RunMeasuredAsync(int concurrency, int turns, int serverProcessId)
    {
        var sampler = new ProcessSampler(serverProcessId);
        sampler.Start();
        var benchCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var run = await RunAsync(concurrency, turns, measure: true);
        var benchCpu = (Process.GetCurrentProcess().TotalProcessorTime - benchCpuAtStart).TotalSeconds;
        await sampler.DisposeAsync();

        var latencies = new List<double>(run.Samples.Count);
        var modelTimes = new List<double>(run.Samples.Count);
        var overheads = new List<double>(run.Samples.Count);
        var unpaired = 0;
        foreach (var (turn, milliseconds) in run.Samples)
        {
            latencies.Add(milliseconds);
            if (model.TryTake(turn, out var modelMilliseconds))
            {
                modelTimes.Add(modelMilliseconds);
                overheads.Add(milliseconds - modelMilliseconds);
            }
            else
            {
                unpaired++;
            }
        }

        var serverCpu = sampler.CpuSeconds - sampler.CpuSecondsAtStart;
        return new AssistantLevelResult
        {
            Concurrency = concurrency,
            Turns = run.Samples.Count,
            Failed = run.Failed,
            Unpaired = unpaired,
            Seconds = run.Seconds,
            TurnsPerSecond = run.Samples.Count / run.Seconds,
            Latency = LatencyStats.Of(latencies),
            Model = LatencyStats.Of(modelTimes),
            Overhead = LatencyStats.Of(overheads),
            ServerCores = serverCpu / run.Seconds,
            ServerCpuMillisecondsPerTurn = run.Samples.Count == 0 ? 0 : serverCpu * 1000 / run.Samples.Count,
            BenchCores = benchCpu / run.Seconds,
            MachineCores = sampler.MachineCpuSeconds / run.Seconds,
            OverSqliteBusySleep = overheads.Count(o => o >= SqliteBusySleepMilliseconds),
            LoadAverageAfter = AssistantBench.LoadAverage(),
            Problems = run.Problems,
        };
    }

    /// <summary>A conversation for a new virtual user.</summary>
    public Task<string> NewConversationAsync() =>
        client.CreateConversationAsync($"bench-user-{Interlocked.Increment(ref nextUser).ToString(CultureInfo.InvariantCulture)}");

    public long NextTurnId() => Interlocked.Increment(ref nextTurnId);

    private async Task<LevelRun> RunAsync(int concurrency, int turns, bool measure)
    {
        var perUser = (turns + concurrency - 1) / concurrency;
        var queues = new Queue<string>[concurrency];
        var creations = Enumerable.Range(0, concurrency).Select(async user =>
        {
            var queue = new Queue<string>();
            for (var i = 0; i < Math.Min((perUser + options.TurnsPerConversation - 1) / options.TurnsPerConversation, 1000); i++)
            {
                queue.Enqueue(await NewConversationAsync());
            }

            queues[user] = queue;
        });
        await Task.WhenAll(creations);

        var samples = new ConcurrentBag<(long Turn, double Milliseconds)>();
        var problems = new ConcurrentQueue<string>();
        var failed = 0;
        var issued = 0;
        var clock = Stopwatch.StartNew();
        async Task UserAsync(int user)
        {
            var queue = queues[user];
            string? conversation = null;
            var used = options.TurnsPerConversation;
            while (Interlocked.Increment(ref issued) <= turns && clock.Elapsed < options.MaxPerLevel)
            {
                if (used == options.TurnsPerConversation)
                {
                    // Uneven sharing of the turns can outrun the prepared conversations; a late one is created here.
                    conversation = queue.Count > 0 ? queue.Dequeue() : await NewConversationAsync();
                    used = 0;
                }

                used++;
                var turn = NextTurnId();
                try
                {
                    var (status, milliseconds, body) = await client.SendAsync(conversation!, turn);
                    if (status == HttpStatusCode.OK)
                    {
                        if (measure)
                        {
                            samples.Add((turn, milliseconds));
                        }
                    }
                    else
                    {
                        Fail($"{(int)status}: {Encoding.UTF8.GetString(body)}");
                    }
                }
                catch (HttpRequestException exception)
                {
                    Fail(exception.Message);
                }
                catch (TaskCanceledException exception)
                {
                    Fail(exception.Message);
                }
            }
        }

        void Fail(string problem)
        {
            Interlocked.Increment(ref failed);
            if (problems.Count < KeptProblems)
            {
                problems.Enqueue(problem.Length > 300 ? problem[..300] : problem);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(UserAsync));
        return new LevelRun([.. samples], failed, clock.Elapsed.TotalSeconds, [.. problems]);
    }

    private sealed record LevelRun(IReadOnlyList<(long Turn, double Milliseconds)> Samples, int Failed, double Seconds, IReadOnlyList<string> Problems);
}
