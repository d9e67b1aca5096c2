using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Roundtable.Bench.Overhead;

namespace Roundtable.Bench.Assistant;

/// <summary>
/// The Assistant's platform overhead: the real server as a child process on a fresh SQLite file, with a
/// zero-latency OpenAI-compatible model in this process as its only provider, driven through /v1.
/// </summary>
internal static class AssistantBench
{
    public const double TargetOverheadP99Milliseconds = 10;

    private static readonly TimeSpan StreamingBound = TimeSpan.FromMinutes(5);
    private const int StreamingWarmup = 50;

    public static Task<int> MainAsync(IReadOnlyList<string> args) =>
        BenchCommand.RunAsync(
            args,
            AssistantBenchOptions.Parse,
            AssistantBenchOptions.Usage,
            run: options => RunAsync(options, BenchCommand.Command(args)),
            print: Print,
            outputPath: options => options.Output ?? BenchCommand.InResults("assistant.json"));

    private static async Task<AssistantBenchResult> RunAsync(AssistantBenchOptions options, string command)
    {
        var loadAtStart = BenchMachine.LoadAverage();
        Console.WriteLine($"Assistant bench: concurrency {string.Join(',', options.Concurrency)}, load average {loadAtStart}");
        await using var host = await ZeroLatencyServer.StartAsync("Assistant bench", options.LogLevel, new Dictionary<string, string>());
        var (model, server) = (host.Model, host.Server);
        using var client = new AssistantApiClient(host.CreateHttpClient());
        var conversations = new AssistantConversations(client);
        await CheckProviderAsync(client, conversations, model);

        var driver = new ClosedLoopDriver<object?>(conversations, model, options, options.TurnsPerConversation);
        var levels = await driver.RunLevelsAsync(server, (concurrency, run) => ClosedLoopLevelResult.Of(concurrency, run, model), turnsPerSecondFormat: "F0");

        var openLoop = new List<AssistantOpenLoopResult>();
        var openRunner = new AssistantOpenLoopRunner(client, model, conversations, options);
        foreach (var rate in options.OpenLoopRates)
        {
            var level = await openRunner.RunAsync(rate, server.Id);
            Console.WriteLine($"  open loop {rate}/s, {options.OpenLoopUsers} users: {level.TurnsPerSecond:F0} turns/s, overhead {level.Overhead}, send lag p99 {level.SendLag.P99:F1} ms, load {level.LoadAverageAfter}");
            openLoop.Add(level);
        }

        var streaming = options.StreamTurns > 0 ? await MeasureStreamingAsync(client, conversations, model, options) : null;
        var p99 = levels.Count == 0 ? double.NaN : levels.Max(l => l.Overhead.P99);
        var belowSaturation = levels.Where(l => l.Concurrency == 1).Select(l => l.Overhead.P99).Concat(openLoop.Select(o => o.OverheadFromSchedule.P99)).ToList();
        return new AssistantBenchResult
        {
            Date = DateTimeOffset.UtcNow,
            Machine = BenchMachine.Description,
            Command = command,
            Hosting = ZeroLatencyServer.Hosting,
            Options = options,
            LoadAverageAtStart = loadAtStart,
            StartupSeconds = host.StartupSeconds,
            Levels = levels,
            Streaming = streaming,
            OpenLoop = openLoop,
            SaturationTurnsPerSecond = levels.Count == 0 ? 0 : levels.Max(l => l.TurnsPerSecond),
            TargetMetBelowSaturation = belowSaturation.Count > 0 && belowSaturation.All(p => p <= TargetOverheadP99Milliseconds),
            ModelRequests = model.Requests,
            TargetOverheadP99Milliseconds = TargetOverheadP99Milliseconds,
            TargetMet = p99 <= TargetOverheadP99Milliseconds,
            ServerWarnings = server.Warnings,
            ServerErrors = server.Errors,
            ServerProblems = server.Problems,
        };
    }

    /// <summary>Fails the run unless the answer comes from the Bench provider rather than a fallback.</summary>
    private static async Task CheckProviderAsync(AssistantApiClient client, AssistantConversations conversations, ZeroLatencyModel model)
    {
        var (status, _, body) = await client.SendAsync(await conversations.NewConversationAsync(), model.NextTurnId());
        using var document = status == HttpStatusCode.OK ? JsonDocument.Parse(body) : null;
        var usage = document?.RootElement.GetProperty("usage");
        if (usage is not { } u || u.GetProperty("provider").GetString() != "Bench" || u.GetProperty("offline").GetBoolean())
        {
            throw new InvalidOperationException($"The first turn was not answered by the Bench provider ({(int)status}): {System.Text.Encoding.UTF8.GetString(body)}");
        }
    }

    private static async Task<AssistantStreamingResult> MeasureStreamingAsync(
        AssistantApiClient client, AssistantConversations conversations, ZeroLatencyModel model, AssistantBenchOptions options)
    {
        var through = new List<double>();
        var direct = new List<double>();
        var paired = new List<double>();
        var totals = new List<double>();
        var clock = Stopwatch.StartNew();
        string? conversation = null;
        for (var i = 0; i < StreamingWarmup + options.StreamTurns && clock.Elapsed < StreamingBound; i++)
        {
            if (i % options.TurnsPerConversation == 0)
            {
                conversation = await conversations.NewConversationAsync();
            }

            var turn = model.NextTurnId();
            var viaRoundtable = await client.StreamAsync(conversation!, turn);
            var straight = await client.StreamDirectAsync(model.BaseUrl, -turn);
            model.TryTake(turn, out _);
            if (i < StreamingWarmup)
            {
                continue;
            }

            through.Add(viaRoundtable.FirstToken);
            totals.Add(viaRoundtable.Total);
            direct.Add(straight.FirstToken);
            paired.Add(viaRoundtable.FirstToken - straight.FirstToken);
        }

        var throughStats = LatencyStats.Of(through);
        var directStats = LatencyStats.Of(direct);
        Console.WriteLine($"  streaming: TTFT overhead p50 {throughStats.P50 - directStats.P50:F2} ms, p99 {throughStats.P99 - directStats.P99:F2} ms, load {BenchMachine.LoadAverage()}");
        return new AssistantStreamingResult
        {
            Turns = through.Count,
            ThroughRoundtable = throughStats,
            Direct = directStats,
            OverheadP50 = throughStats.P50 - directStats.P50,
            OverheadP99 = throughStats.P99 - directStats.P99,
            PairedOverhead = LatencyStats.Of(paired),
            Total = LatencyStats.Of(totals),
        };
    }

    private static void Print(AssistantBenchResult result)
    {
        Console.WriteLine();
        Console.WriteLine($"Assistant platform overhead ({result.Date:yyyy-MM-dd HH:mm} UTC, {result.Machine}; load at start {result.LoadAverageAtStart})");
        Console.WriteLine("  conc   turns  fail   turns/s   latency p50/p99 ms   model p50/p99 ms   overhead p50 / p99 / max ms   server/bench/machine cores  server CPU ms/turn  >=150 ms  load after");
        foreach (var l in result.Levels)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {l.Concurrency,4}  {l.Turns,6}  {l.Failed,4}  {l.TurnsPerSecond,8:F0}   {l.Latency.P50,7:F2} / {l.Latency.P99,7:F2}   {l.Model.P50,6:F2} / {l.Model.P99,6:F2}   {l.Overhead.P50,7:F2} / {l.Overhead.P99,7:F2} / {l.Overhead.Max,7:F1}   {l.ServerCores,5:F2} / {l.BenchCores,4:F2} / {l.MachineCores,4:F2}  {l.ServerCpuMillisecondsPerTurn,18:F2}  {l.OverSqliteBusySleep,8}  {l.LoadAverageAfter}"));
        }

        if (result.OpenLoop.Count > 0)
        {
            Console.WriteLine("  open loop  users   turns  fail   turns/s   overhead p50 / p99 / max ms   from schedule p99   send lag p99   server cores  server CPU ms/turn  load after");
        }

        foreach (var o in result.OpenLoop)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {o.TargetTurnsPerSecond,6:F0}/s  {o.Users,5}  {o.Turns,6}  {o.Failed,4}  {o.TurnsPerSecond,8:F0}   {o.Overhead.P50,7:F2} / {o.Overhead.P99,7:F2} / {o.Overhead.Max,7:F1}   {o.OverheadFromSchedule.P99,17:F2}   {o.SendLag.P99,12:F2}   {o.ServerCores,12:F2}  {o.ServerCpuMillisecondsPerTurn,18:F2}  {o.LoadAverageAfter}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  saturation (most turns/s of any closed-loop level): {result.SaturationTurnsPerSecond:F0} turns/s"));
        if (result.Streaming is { } s)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  streaming c=1, {s.Turns} turns: TTFT through Roundtable p50 {s.ThroughRoundtable.P50:F2} p99 {s.ThroughRoundtable.P99:F2}; direct p50 {s.Direct.P50:F2} p99 {s.Direct.P99:F2}; overhead p50 {s.OverheadP50:F2} p99 {s.OverheadP99:F2} ms"));
        }

        Console.WriteLine($"  target overhead p99 <= {result.TargetOverheadP99Milliseconds} ms at every closed-loop level: {(result.TargetMet ? "met" : "NOT met")}; "
            + $"at c=1 and every open-loop rate (from schedule): {(result.TargetMetBelowSaturation ? "met" : "NOT met")}; "
            + $"model requests {result.ModelRequests}; server warnings {result.ServerWarnings}, errors {result.ServerErrors}");
        foreach (var problem in result.ServerProblems.Take(5))
        {
            Console.WriteLine($"    {problem}");
        }
    }
}
