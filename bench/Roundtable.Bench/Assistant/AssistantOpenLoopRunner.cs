using System.Collections.Concurrent;
using System.Diagnostics;
using Roundtable.Bench.Overhead;

namespace Roundtable.Bench.Assistant;

/// <summary>
/// Open loop: turn k of a run is due at k / rate seconds after the start and belongs to user k mod U, so
/// each user sends every U / rate seconds whatever the server does. A user waits for its previous answer
/// before sending the next (as a person would; the conversation's gate would queue it anyway), so a
/// late answer shows as send lag, which is also counted into the overhead from the schedule.
/// </summary>
internal sealed class AssistantOpenLoopRunner(AssistantApiClient client, ZeroLatencyModel model, AssistantConversations users, AssistantBenchOptions options)
{
    public async Task<AssistantOpenLoopResult> RunAsync(int rate, int serverProcessId)
    {
        var userCount = options.OpenLoopUsers;
        var total = (int)(rate * options.OpenLoopSeconds);
        var perUser = (total + userCount - 1) / userCount;
        var conversations = await Task.WhenAll(Enumerable.Range(0, userCount).Select(_ => PrepareAsync(perUser)));

        var samples = new ConcurrentBag<(long Turn, double Milliseconds, double Lag)>();
        var failures = new TurnFailures();
        var sampler = new ProcessSampler(serverProcessId);
        sampler.Start();
        var start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 10;

        async Task UserAsync(int user)
        {
            var queue = conversations[user];
            for (var k = user; k < total; k += userCount)
            {
                var due = start + (long)(k * (double)Stopwatch.Frequency / rate);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                var lag = Math.Max(0, Stopwatch.GetElapsedTime(due).TotalMilliseconds);
                var conversation = queue[(k / userCount) / options.TurnsPerConversation];
                var turn = model.NextTurnId();
                if (await failures.SendAsync(() => client.SendAsync(conversation, turn)) is { } reply)
                {
                    samples.Add((turn, reply.Milliseconds, lag));
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, userCount).Select(UserAsync));
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await sampler.DisposeAsync();
        return Summarise(rate, samples, failures, seconds, sampler);
    }

    private async Task<string[]> PrepareAsync(int turns)
    {
        var needed = (turns + options.TurnsPerConversation - 1) / options.TurnsPerConversation;
        var prepared = new string[Math.Max(1, needed)];
        for (var i = 0; i < prepared.Length; i++)
        {
            prepared[i] = await users.NewConversationAsync();
        }

        return prepared;
    }

    private AssistantOpenLoopResult Summarise(
        int rate, ConcurrentBag<(long Turn, double Milliseconds, double Lag)> samples, TurnFailures failures, double seconds, ProcessSampler sampler)
    {
        var overheads = new List<double>(samples.Count);
        var fromSchedule = new List<double>(samples.Count);
        var unpaired = 0;
        foreach (var (turn, milliseconds, lag) in samples)
        {
            if (model.TryTake(turn, out var modelMilliseconds))
            {
                overheads.Add(milliseconds - modelMilliseconds);
                fromSchedule.Add(lag + milliseconds - modelMilliseconds);
            }
            else
            {
                unpaired++;
            }
        }

        var serverCpu = sampler.CpuSeconds - sampler.CpuSecondsAtStart;
        return new AssistantOpenLoopResult
        {
            TargetTurnsPerSecond = rate,
            Users = options.OpenLoopUsers,
            Turns = samples.Count,
            Failed = failures.Count,
            Unpaired = unpaired,
            Seconds = seconds,
            TurnsPerSecond = samples.Count / seconds,
            Latency = LatencyStats.Of(samples.Select(s => s.Milliseconds)),
            Overhead = LatencyStats.Of(overheads),
            SendLag = LatencyStats.Of(samples.Select(s => s.Lag)),
            OverheadFromSchedule = LatencyStats.Of(fromSchedule),
            ServerCores = serverCpu / seconds,
            ServerCpuMillisecondsPerTurn = samples.IsEmpty ? 0 : serverCpu * 1000 / samples.Count,
            MachineCores = sampler.MachineCpuSeconds / seconds,
            LoadAverageAfter = BenchMachine.LoadAverage(),
            Problems = failures.Problems,
        };
    }
}
