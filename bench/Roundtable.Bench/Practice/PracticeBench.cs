using System.Globalization;
using System.Net;
using System.Text;
using Roundtable.Bench.Overhead;

namespace Roundtable.Bench.Practice;

/// <summary>
/// Practice's platform overhead per exchange (orchestrator + one representative): the real server as
/// a child process on a fresh SQLite file, with a zero-latency OpenAI-compatible model in this process
/// as the only provider of the orchestrator, the representatives and the analyst.
/// </summary>
internal static class PracticeBench
{
    /// <summary>The orchestrator logs a warning for every answer that is not a decision, which the zero-latency reply never is.</summary>
    private const string OrchestratorLogCategory = "Roundtable.Engine.Practice.MeetingOrchestrator";

    private const string Exchange = "1-on-2 meeting (CFO, decision maker, and CTO); the line names nobody and asks about integration: "
        + "the orchestrator model is asked, its non-JSON reply sends the decision to the topic rules (integration -> CTO), "
        + "and the CTO answers from the model as a stream; the orchestrator's invalid-answer warning is logged at Error only";

    public static Task<int> MainAsync(IReadOnlyList<string> args) =>
        BenchCommand.RunAsync(
            args,
            PracticeBenchOptions.Parse,
            PracticeBenchOptions.Usage,
            run: options => RunAsync(options, BenchCommand.Command(args)),
            print: Print,
            outputPath: options => options.Output ?? BenchCommand.InResults("practice.json"));

    private static async Task<PracticeBenchResult> RunAsync(PracticeBenchOptions options, string command)
    {
        var loadAtStart = BenchMachine.LoadAverage();
        Console.WriteLine($"Practice bench: concurrency {string.Join(',', options.Concurrency)}, {options.TurnsPerMeeting} exchanges per meeting, load average {loadAtStart}");
        await using var host = await ZeroLatencyServer.StartAsync("Practice bench", options.LogLevel, Settings(options));
        var (model, server) = (host.Model, host.Server);
        using var client = new PracticeApiClient(host.CreateHttpClient());
        var cast = await client.CreateCastAsync();
        var (perMeeting, perExchange) = await CheckAsync(client, model, cast);
        Console.WriteLine($"  checked: a meeting creation makes {perMeeting} model request(s), one exchange {perExchange}");

        var driver = new ClosedLoopDriver<ExchangeShape>(new PracticeExchanges(client, cast), model, options, options.TurnsPerMeeting);
        var levels = await driver.RunLevelsAsync(
            server, (concurrency, run) => PracticeLevelResult.Of(concurrency, run, model, perMeeting), turnsPerSecondFormat: "F1");

        return new PracticeBenchResult
        {
            Date = DateTimeOffset.UtcNow,
            Machine = BenchMachine.Description,
            Command = command,
            Hosting = ZeroLatencyServer.Hosting,
            Exchange = Exchange,
            Options = options,
            LoadAverageAtStart = loadAtStart,
            StartupSeconds = host.StartupSeconds,
            ModelRequestsPerMeetingCreation = perMeeting,
            ModelRequestsPerCheckedExchange = perExchange,
            Levels = levels,
            ModelRequests = model.Requests,
            ServerWarnings = server.Warnings,
            ServerErrors = server.Errors,
            ServerProblems = server.Problems,
        };
    }

    /// <summary>
    /// Counts the model requests of one meeting creation and of one exchange, alone, and fails the run
    /// unless that exchange was the orchestrator plus one representative answering from the Bench provider.
    /// </summary>
    private static async Task<(int PerMeeting, int PerExchange)> CheckAsync(PracticeApiClient client, ZeroLatencyModel model, PracticeCast cast)
    {
        var before = model.Requests;
        var meeting = await client.StartMeetingAsync(cast);
        var perMeeting = model.Requests - before;

        before = model.Requests;
        var turn = model.NextTurnId();
        var (status, _, body) = await client.SendAsync(meeting, turn);
        var perExchange = model.Requests - before;
        var shape = status == HttpStatusCode.OK ? ExchangeShape.Of(body) : null;
        if (shape is not { IsOrchestratorPlusOneRepresentative: true } || perExchange != 2 || !model.TryTake(turn, out _))
        {
            throw new InvalidOperationException(
                $"The first exchange was not the orchestrator plus one representative from the Bench provider ({(int)status}, {perExchange} model requests, {shape}): {Encoding.UTF8.GetString(body)}");
        }

        return (perMeeting, perExchange);
    }

    /// <summary>The model is also the orchestrator's, the representatives' and the analyst's only provider.</summary>
    private static Dictionary<string, string> Settings(PracticeBenchOptions options)
    {
        var settings = new Dictionary<string, string>
        {
            ["Practice__SeedDemoData"] = "false",
            ["Practice__OrchestratorChain__0"] = "Bench",
            ["Practice__RepresentativeChain__0"] = "Bench",
            ["Practice__AnalystChain__0"] = "Bench",
            [$"Logging__LogLevel__{OrchestratorLogCategory}"] = "Error",
        };
        if (options.CountDatabaseCommands)
        {
            settings["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        }

        return settings;
    }

    private static void Print(PracticeBenchResult result)
    {
        Console.WriteLine();
        Console.WriteLine($"Practice exchange overhead ({result.Date:yyyy-MM-dd HH:mm} UTC, {result.Machine}; load at start {result.LoadAverageAtStart})");
        Console.WriteLine("  conc  turns  fail  turns/s  latency p50/p99 ms   model p50/p99 ms  overhead p50 / p99 / max ms  orch+1 rep  model req/turn  server/bench/machine cores  server CPU ms/turn  >=150 ms  load after");
        foreach (var l in result.Levels)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {l.Concurrency,4}  {l.Turns,5}  {l.Failed,4}  {l.TurnsPerSecond,7:F1}  {l.Latency.P50,7:F2} / {l.Latency.P99,7:F2}  {l.Model.P50,6:F2} / {l.Model.P99,6:F2}  {l.Overhead.P50,7:F2} / {l.Overhead.P99,7:F2} / {l.Overhead.Max,7:F1}  {l.OrchestratorPlusOneShare,9:P1}  {l.ModelRequestsPerTurn,14:F2}  {l.ServerCores,5:F2} / {l.BenchCores,4:F2} / {l.MachineCores,4:F2}  {l.ServerCpuMillisecondsPerTurn,18:F2}  {l.OverSqliteBusySleep,8}  {l.LoadAverageAfter}"));
        }

        if (result.Levels.Any(l => l.DatabaseCommandsPerTurn > 0))
        {
            Console.WriteLine($"  database commands per exchange: {string.Join(", ", result.Levels.Select(l => $"c={l.Concurrency} {l.DatabaseCommandsPerTurn:F1}"))}");
        }

        Console.WriteLine($"  exchange: {result.Exchange}");
        Console.WriteLine($"  model requests {result.ModelRequests}; server warnings {result.ServerWarnings}, errors {result.ServerErrors}");
        foreach (var problem in result.ServerProblems.Take(5))
        {
            Console.WriteLine($"    {problem}");
        }
    }
}
