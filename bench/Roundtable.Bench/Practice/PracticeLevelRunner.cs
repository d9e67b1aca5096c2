using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Roundtable.Bench.Assistant;

namespace Roundtable.Bench.Practice;

/// <summary>
/// Drives exchanges at one concurrency: one virtual user per worker, each with its own meetings (a
/// new one every <c>TurnsPerMeeting</c> exchanges, prepared and started before the clock runs), so
/// that a meeting's one-exchange-at-a-time lock never serialises users against each other and the
/// history each exchange reads stays short.
/// </summary>
internal sealed class PracticeLevelRunner(PracticeApiClient client, ZeroLatencyModel model, PracticeCast cast, PracticeBenchOptions options)
{
    private const int KeptProblems = 5;

    /// <summary>Microsoft.Data.Sqlite sleeps this long (blocking) after each SQLITE_BUSY before retrying.</summary>
    private const double SqliteBusySleepMilliseconds = 150;

    private const int MaxMeetingsPerUser = 1000;

    private long nextTurnId;

    /// <summary>Model requests one meeting creation makes; set by the caller once measured.</summary>
    public int ModelRequestsPerMeeting { get; set; }

    public long NextTurnId() => Interlocked.Increment(ref nextTurnId);

    public async Task RunUnmeasuredAsync(int concurrency, int turns)
    {
        if (turns > 0)
        {
            await RunAsync(concurrency, turns, measure: false);
        }
    }

    public async Task<PracticeLevelResult> RunMeasuredAsync(int concurrency, int turns, BenchServer server)
    {
        var sampler = new ProcessSampler(server.Id);
        var run = await RunAsync(concurrency, turns, measure: true, sampler, server);
        var benchCpu = run.BenchCpuSeconds;

        var latencies = new List<double>(run.Samples.Count);
        var modelTimes = new List<double>(run.Samples.Count);
        var overheads = new List<double>(run.Samples.Count);
        var unpaired = 0;
        foreach (var sample in run.Samples)
        {
            latencies.Add(sample.Milliseconds);
            if (model.TryTake(sample.Turn, out var modelMilliseconds))
            {
                modelTimes.Add(modelMilliseconds);
                overheads.Add(sample.Milliseconds - modelMilliseconds);
            }
            else
            {
                unpaired++;
            }
        }

        var exact = run.Samples.Count(s => s.Shape.IsOrchestratorPlusOneRepresentative);
        var sent = run.Samples.Count + run.Failed;
        var serverCpu = sampler.CpuSeconds - sampler.CpuSecondsAtStart;
        return new PracticeLevelResult
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
            OrchestratorPlusOneRepresentative = exact,
            OrchestratorPlusOneShare = run.Samples.Count == 0 ? 0 : (double)exact / run.Samples.Count,
            DecisionSources = run.Samples.GroupBy(s => s.Shape.DecisionSource).ToDictionary(g => g.Key, g => g.Count()),
            NotFromBench = run.Samples.Count(s => !s.Shape.AllFromBench),
            DatabaseCommandsPerTurn = sent == 0 ? 0 : (double)run.DatabaseCommands / sent,
            ModelRequestsPerTurn = sent == 0 ? 0 : (double)(run.ModelRequests - run.LateMeetings * ModelRequestsPerMeeting) / sent,
            Meetings = run.Meetings,
            LateMeetings = run.LateMeetings,
            ServerCores = serverCpu / run.Seconds,
            ServerCpuMillisecondsPerTurn = run.Samples.Count == 0 ? 0 : serverCpu * 1000 / run.Samples.Count,
            BenchCores = benchCpu / run.Seconds,
            MachineCores = sampler.MachineCpuSeconds / run.Seconds,
            OverSqliteBusySleep = overheads.Count(o => o >= SqliteBusySleepMilliseconds),
            LoadAverageAfter = PracticeBench.LoadAverage(),
            Problems = run.Problems,
        };
    }

    private async Task<LevelRun> RunAsync(int concurrency, int turns, bool measure, ProcessSampler? sampler = null, BenchServer? server = null)
    {
        var perUser = (turns + concurrency - 1) / concurrency;
        var meetingsPerUser = Math.Min((perUser + options.TurnsPerMeeting - 1) / options.TurnsPerMeeting, MaxMeetingsPerUser);
        var queues = new Queue<string>[concurrency];
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async user =>
        {
            var queue = new Queue<string>();
            for (var i = 0; i < meetingsPerUser; i++)
            {
                queue.Enqueue(await client.StartMeetingAsync(cast));
            }

            queues[user] = queue;
        }));

        var samples = new ConcurrentBag<Sample>();
        var problems = new ConcurrentQueue<string>();
        var failed = 0;
        var issued = 0;
        var lateMeetings = 0;
        sampler?.Start();
        var benchCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var modelRequestsAtStart = model.Requests;
        var databaseCommandsAtStart = server?.DatabaseCommands ?? 0;
        var clock = Stopwatch.StartNew();
        async Task UserAsync(int user)
        {
            var queue = queues[user];
            string? meeting = null;
            var used = options.TurnsPerMeeting;
            while (Interlocked.Increment(ref issued) <= turns && clock.Elapsed < options.MaxPerLevel)
            {
                if (used == options.TurnsPerMeeting)
                {
                    if (queue.Count == 0)
                    {
                        Interlocked.Increment(ref lateMeetings);
                    }

                    meeting = queue.Count > 0 ? queue.Dequeue() : await client.StartMeetingAsync(cast);
                    used = 0;
                }

                used++;
                var turn = NextTurnId();
                try
                {
                    var (status, milliseconds, body) = await client.SendAsync(meeting!, turn);
                    if (status != HttpStatusCode.OK)
                    {
                        Fail($"{(int)status}: {Encoding.UTF8.GetString(body)}");
                    }
                    else if (measure)
                    {
                        samples.Add(new Sample(turn, milliseconds, ExchangeShape.Of(body)));
                    }
                    else
                    {
                        model.TryTake(turn, out _);
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
        var seconds = clock.Elapsed.TotalSeconds;
        var modelRequests = model.Requests - modelRequestsAtStart;
        var databaseCommands = (server?.DatabaseCommands ?? 0) - databaseCommandsAtStart;
        var benchCpu = (Process.GetCurrentProcess().TotalProcessorTime - benchCpuAtStart).TotalSeconds;
        if (sampler is not null)
        {
            await sampler.DisposeAsync();
        }

        return new LevelRun([.. samples], failed, seconds, [.. problems], modelRequests, concurrency * meetingsPerUser + lateMeetings, lateMeetings, benchCpu, databaseCommands);
    }

    private sealed record Sample(long Turn, double Milliseconds, ExchangeShape Shape);

    private sealed record LevelRun(
        IReadOnlyList<Sample> Samples, int Failed, double Seconds, IReadOnlyList<string> Problems, int ModelRequests, int Meetings, int LateMeetings,
        double BenchCpuSeconds, int DatabaseCommands);
}
