using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Roundtable.Bench.Assistant;
using Roundtable.Server.Accounts;

namespace Roundtable.Bench.Practice;

/// <summary>
/// Practice's platform overhead per exchange (orchestrator + one representative): the real server as
/// a child process on a fresh SQLite file, with a zero-latency OpenAI-compatible model in this process
/// as the only provider of the orchestrator, the representatives and the analyst.
/// </summary>
internal static class PracticeBench
{
    private const string Hosting = "child process (the Release server binary via BenchServer), loopback HTTP; "
        + "the client and the zero-latency model share the bench process";

    /// <summary>The orchestrator logs a warning for every answer that is not a decision, which the zero-latency reply never is.</summary>
    private const string OrchestratorLogCategory = "Roundtable.Engine.Practice.MeetingOrchestrator";

    private const string Exchange = "1-on-2 meeting (CFO, decision maker, and CTO); the line names nobody and asks about integration: "
        + "the orchestrator model is asked, its non-JSON reply sends the decision to the topic rules (integration -> CTO), "
        + "and the CTO answers from the model as a stream; the orchestrator's invalid-answer warning is logged at Error only";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static async Task<int> MainAsync(IReadOnlyList<string> args)
    {
        PracticeBenchOptions options;
        try
        {
            options = PracticeBenchOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            Console.Error.WriteLine(exception.Message);
            Console.Error.WriteLine(PracticeBenchOptions.Usage);
            return 2;
        }

        var result = await RunAsync(options, string.Join(' ', args));
        Print(result);
        Console.WriteLine($"  written to {await SaveAsync(result, options)}");
        return 0;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static async Task<PracticeBenchResult> RunAsync(PracticeBenchOptions options, string arguments)
    {
        var loadAtStart = LoadAverage();
        Console.WriteLine($"Practice bench: concurrency {string.Join(',', options.Concurrency)}, {options.TurnsPerMeeting} exchanges per meeting, load average {loadAtStart}");
        await using var model = await ZeroLatencyModel.StartAsync();
        await using var database = await BenchDatabase.CreateAsync("sqlite");
        using var server = BenchServer.Start(Environment(options, database, model));
        var clock = Stopwatch.StartNew();
        await server.WaitUntilHealthyAsync(StartTimeout);
        var startup = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  server healthy after {startup:F1} s; model at {model.BaseUrl}");

        string apiKey;
        await using (var db = database.CreateContext())
        {
            apiKey = (await ApplicationRegistrar.CreateAsync(db, "Practice bench", DateTimeOffset.UtcNow, CancellationToken.None)).ApiKey;
        }

        using var client = PracticeApiClient.Create(server.Address, apiKey);
        var cast = await client.CreateCastAsync();
        var runner = new PracticeLevelRunner(client, model, cast, options);
        var (perMeeting, perExchange) = await CheckAsync(client, runner, model, cast);
        runner.ModelRequestsPerMeeting = perMeeting;
        Console.WriteLine($"  checked: a meeting creation makes {perMeeting} model request(s), one exchange {perExchange}");

        // Whichever level runs first would otherwise pay for the server's tier-0 code.
        const int StartupWarmupConcurrency = 4;
        await runner.RunUnmeasuredAsync(StartupWarmupConcurrency, options.StartupWarmup);

        var levels = new List<PracticeLevelResult>();
        foreach (var concurrency in options.Concurrency)
        {
            await runner.RunUnmeasuredAsync(concurrency, options.Warmup);
            var level = await runner.RunMeasuredAsync(concurrency, options.TurnsAt(concurrency), server);
            Console.WriteLine($"  c={concurrency}: {level.TurnsPerSecond:F1} turns/s, overhead {level.Overhead}, load {level.LoadAverageAfter}");
            levels.Add(level);
        }

        return new PracticeBenchResult
        {
            Date = DateTimeOffset.UtcNow,
            Machine = $"{System.Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, "
                + $"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}",
            Command = $"dotnet run -c Release --project bench/Roundtable.Bench -- {arguments}",
            Hosting = Hosting,
            Exchange = Exchange,
            Options = options,
            LoadAverageAtStart = loadAtStart,
            StartupSeconds = startup,
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
    private static async Task<(int PerMeeting, int PerExchange)> CheckAsync(PracticeApiClient client, PracticeLevelRunner runner, ZeroLatencyModel model, PracticeCast cast)
    {
        var before = model.Requests;
        var meeting = await client.StartMeetingAsync(cast);
        var perMeeting = model.Requests - before;

        before = model.Requests;
        var turn = runner.NextTurnId();
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

    private static Dictionary<string, string> Environment(PracticeBenchOptions options, BenchDatabase database, ZeroLatencyModel model)
    {
        var environment = Settings(options, database, model);
        if (options.CountDatabaseCommands)
        {
            environment["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        }

        return environment;
    }

    private static Dictionary<string, string> Settings(PracticeBenchOptions options, BenchDatabase database, ZeroLatencyModel model) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Roundtable"] = database.ConnectionString,
        ["Showcase__Enabled"] = "false",
        ["Showcase__SeedDemoData"] = "false",
        ["Assistant__SeedDemoData"] = "false",
        ["Assistant__ProviderChain__0"] = "Bench",
        ["Practice__SeedDemoData"] = "false",
        ["Practice__OrchestratorChain__0"] = "Bench",
        ["Practice__RepresentativeChain__0"] = "Bench",
        ["Practice__AnalystChain__0"] = "Bench",
        ["Providers__Bench__Kind"] = "OpenAICompatible",
        ["Providers__Bench__BaseUrl"] = model.BaseUrl.ToString().TrimEnd('/'),
        ["Providers__Bench__Model"] = "zero",
        ["Logging__LogLevel__Default"] = options.LogLevel,
        [$"Logging__LogLevel__{OrchestratorLogCategory}"] = "Error",
    };

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

    private static async Task<string> SaveAsync(PracticeBenchResult result, PracticeBenchOptions options)
    {
        var path = options.Output ?? Path.Combine(BenchServer.RepositoryRoot.FullName, "bench", "results", "practice.json");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, Json));
        return path;
    }
}
