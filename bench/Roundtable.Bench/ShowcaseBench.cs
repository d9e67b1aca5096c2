using System.Diagnostics;
using System.Globalization;

namespace Roundtable.Bench;

/// <summary>
/// Seeds N businesses, runs the real server on them for a while, then reads from the database how late
/// each message was published, and from /proc what the server cost.
/// </summary>
internal static class ShowcaseBench
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// With <c>--stagger</c>, the first conversation starts this long after seeding: once the server is up
    /// (it starts in 3–20 s on this machine, depending on what else runs), and with time to write ahead.
    /// </summary>
    private static readonly TimeSpan StaggerLeadTime = TimeSpan.FromSeconds(30);

    public static Task<int> MainAsync(IReadOnlyList<string> args) =>
        BenchCommand.RunAsync(
            args,
            BenchOptions.Parse,
            BenchOptions.Usage,
            run: RunAsync,
            print: Print,
            outputPath: options => options.Output ?? BenchCommand.InResults($"{options.Label}.json"));

    private static async Task<ShowcaseBenchResult> RunAsync(BenchOptions options)
    {
        Console.WriteLine($"Showcase bench: {options.Businesses} businesses on {options.Database}, {options.Duration.TotalSeconds:F0} s, "
            + $"wait {Seconds(options.InitialDelay)}, {options.Messages} messages {Seconds(options.MessageInterval)} apart, break {Seconds(options.BreakDuration)}"
            + (options.Stagger ? $", first conversations spread over {Seconds(options.StaggerWindow)}" : ", all starting together"));
        await using var database = await BenchDatabase.CreateAsync(options.Database);
        database.Keep = options.KeepDatabase;

        var clock = Stopwatch.StartNew();
        await BusinessSeeder.SeedAsync(database, options);
        if (options.Stagger)
        {
            await BusinessSeeder.StaggerAsync(database, options, DateTimeOffset.UtcNow + StaggerLeadTime);
        }

        var seedSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  seeded in {seedSeconds:F1} s; starting the server");

        using var server = BenchServer.Start(Environment(options, database));
        var startedAt = DateTimeOffset.UtcNow;
        await server.WaitUntilHealthyAsync(StartTimeout);
        var healthyAt = DateTimeOffset.UtcNow;
        var sampler = new ProcessSampler(server.Id);
        sampler.Start();
        var observer = options.Observe > 0 ? await MessageObserver.ConnectAsync(server.Address, Sample(options)) : null;
        Console.WriteLine($"  healthy after {(healthyAt - startedAt).TotalSeconds:F1} s; running for {options.Duration.TotalSeconds:F0} s");

        // The run lasts the duration from the moment the server was healthy, however long the visitor took to join.
        var left = options.Duration - (DateTimeOffset.UtcNow - healthyAt);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left);
        }

        var stoppedAt = DateTimeOffset.UtcNow;
        await sampler.DisposeAsync();
        IReadOnlyCollection<ObservedMessage> observed = [];
        if (observer is not null)
        {
            observed = [.. observer.Received];
            await observer.DisposeAsync();
        }

        server.Dispose();
        Console.WriteLine("  stopped; reading the database");

        var measured = await ShowcaseMeasurement.ReadAsync(database, options, healthyAt, stoppedAt, observed);
        var seconds = (stoppedAt - healthyAt).TotalSeconds;
        return new ShowcaseBenchResult
        {
            Date = DateTimeOffset.UtcNow,
            Machine = BenchMachine.Description,
            Database = options.Database,
            Options = options,
            SeedSeconds = seedSeconds,
            StartupSeconds = (healthyAt - startedAt).TotalSeconds,
            MeasuredSeconds = seconds,
            CyclesStarted = measured.CyclesStarted,
            ConversationsStarted = measured.ConversationsStarted,
            ConversationsCompleted = measured.ConversationsCompleted,
            MessagesWritten = measured.MessagesWritten,
            MessagesPublished = measured.MessagesPublished,
            MessagesDue = measured.MessagesDue,
            MessagesDueUnpublished = measured.MessagesDueUnpublished,
            MessagesWrittenLate = measured.MessagesWrittenLate,
            PublishedPerSecond = measured.PublishedInWindow / seconds,
            StampedLateness = measured.StampedLateness,
            VisitorLateness = measured.VisitorLateness,
            StampToVisitor = measured.StampToVisitor,
            PublishedPerFiveSeconds = measured.PublishedPerBucket,
            P99LatenessPerFiveSeconds = measured.P99LatenessPerBucket,
            PeakWorkingSetMegabytes = sampler.PeakWorkingSetMegabytes,
            MeanWorkingSetMegabytes = sampler.MeanWorkingSetMegabytes,
            PeakThreads = sampler.PeakThreads,
            ServerCores = (sampler.CpuSeconds - sampler.CpuSecondsAtStart) / seconds,
            OtherCores = (sampler.MachineCpuSeconds - (sampler.CpuSeconds - sampler.CpuSecondsAtStart)) / seconds,
            ServerCpuMillisecondsPerMessage = measured.WrittenInWindow == 0 ? 0 : (sampler.CpuSeconds - sampler.CpuSecondsAtStart) * 1000 / measured.WrittenInWindow,
            DatabaseBytes = await database.SizeAsync(),
            DatabaseCommandsPerMessage = server.DatabaseCommands == 0 || measured.MessagesWritten == 0 ? null : (double)server.DatabaseCommands / measured.MessagesWritten,
            ServerWarnings = server.Warnings,
            ServerErrors = server.Errors,
            ServerProblems = server.Problems,
        };
    }

    private static void Print(ShowcaseBenchResult result)
    {
        var rows = new (string Name, string Value)[]
        {
            ("businesses (clocks started)", $"{result.Options.Businesses} ({result.CyclesStarted})"),
            ("measured", $"{result.MeasuredSeconds:F1} s after a {result.StartupSeconds:F1} s start"),
            ("conversations started / completed", $"{result.ConversationsStarted} / {result.ConversationsCompleted}"),
            ("messages written / published", $"{result.MessagesWritten} / {result.MessagesPublished}"),
            ("messages due / still unpublished", $"{result.MessagesDue} / {result.MessagesDueUnpublished}"),
            ("messages written at or after their time", $"{result.MessagesWrittenLate}"),
            ("published per second", $"{result.PublishedPerSecond:F1}"),
            ("lateness, PublishedAt − PlannedAt", result.StampedLateness.ToString()),
            ("lateness, visitor receipt − PlannedAt", result.VisitorLateness.ToString()),
            ("visitor receipt − PublishedAt", result.StampToVisitor.ToString()),
            ("server peak / mean working set", $"{result.PeakWorkingSetMegabytes:F0} MB / {result.MeanWorkingSetMegabytes:F0} MB"),
            ("server CPU (cores of 2) / peak threads", $"{result.ServerCores:F2} / {result.PeakThreads}"),
            ("server CPU per message written", $"{result.ServerCpuMillisecondsPerMessage:F1} ms"),
            ("other processes' CPU meanwhile", $"{result.OtherCores:F2} cores"),
            ("database size", $"{result.DatabaseBytes / 1e6:F1} MB"),
            ("database round trips per message", result.DatabaseCommandsPerMessage is { } trips ? $"{trips:F1}" : "(only counted with --log-level Information)"),
            ("server warnings / errors", $"{result.ServerWarnings} / {result.ServerErrors}"),
        };
        rows =
        [
            .. rows,
            ("published per 5 s slice", string.Join(' ', result.PublishedPerFiveSeconds)),
            ("p99 lateness per 5 s slice (s)", string.Join(' ', result.P99LatenessPerFiveSeconds.Select(p => (p / 1000).ToString("F1", CultureInfo.InvariantCulture)))),
        ];
        var width = rows.Max(r => r.Name.Length);
        foreach (var (name, value) in rows)
        {
            Console.WriteLine($"  {name.PadRight(width)}  {value}");
        }

        foreach (var problem in result.ServerProblems.Take(5))
        {
            Console.WriteLine($"  ! {problem}");
        }

        var verdict = result.StampedLateness.P99 <= 50 && result.MessagesDueUnpublished == 0 ? "met" : "MISSED";
        Console.WriteLine($"  target p99 ≤ 50 ms with nothing left unpublished: {verdict}");
    }

    private static Dictionary<string, string> Environment(BenchOptions options, BenchDatabase database)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Roundtable"] = database.ConnectionString,
            ["Showcase__InitialDelay"] = options.InitialDelay.ToString("c", CultureInfo.InvariantCulture),
            ["Showcase__MessageInterval"] = options.MessageInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Showcase__MessagesPerConversation"] = options.Messages.ToString(CultureInfo.InvariantCulture),
            ["Showcase__BreakDuration"] = options.BreakDuration.ToString("c", CultureInfo.InvariantCulture),
            ["Showcase__SeedDemoData"] = "false",
            ["Logging__LogLevel__Default"] = options.LogLevel,
        };
        if (options.Parallelism is { } parallelism)
        {
            environment["Showcase__Parallelism"] = parallelism.ToString(CultureInfo.InvariantCulture);
        }

        if (options.GenerationConcurrency is { } concurrency)
        {
            environment["Showcase__GenerationConcurrency"] = concurrency.ToString(CultureInfo.InvariantCulture);
        }

        if (options.Lookahead is { } lookahead)
        {
            environment["Showcase__GenerationLookahead"] = lookahead.ToString(CultureInfo.InvariantCulture);
        }

        return environment;
    }

    /// <summary>Evenly spread business ids (a fresh database numbers them 1..N).</summary>
    private static IEnumerable<int> Sample(BenchOptions options)
    {
        var count = Math.Min(options.Observe, options.Businesses);
        return Enumerable.Range(0, count).Select(i => 1 + (int)((long)i * options.Businesses / count));
    }

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.###} s";
}
