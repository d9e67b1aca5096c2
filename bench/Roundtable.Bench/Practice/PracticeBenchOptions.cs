using Roundtable.Bench.Overhead;

namespace Roundtable.Bench.Practice;

/// <summary>The command line of <c>practice</c>, bounded so that no run can grow without limit.</summary>
internal sealed record PracticeBenchOptions() : ClosedLoopOptions(turns: 2000, serialTurns: 1000, concurrency: [1, 16], startupWarmup: 1000, warmup: 100)
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/Roundtable.Bench -- practice [options]
          --turns N                measured exchanges per concurrency level above 1 (10..100000, default 2000)
          --turns-serial N         measured exchanges at concurrency 1 (10..100000, default 1000)
          --concurrency LIST       comma-separated levels (1..256 each, default 1,16)
          --startup-warmup N       unmeasured exchanges at concurrency 4 before the first level, so tiered JIT settles (0..100000, default 1000)
          --warmup N               unmeasured exchanges before each level (0..10000, default 100)
          --turns-per-meeting N    a virtual user starts a new meeting after N exchanges (1..100, default 10)
          --max-seconds S          time bound of each level (5..1800, default 180)
          --log-level L            the server's Logging:LogLevel:Default (default Warning)
          --count-db-commands      log EF Core's commands at Information and count them per exchange (slows the server: a diagnosis, not a measurement)
          --output FILE            JSON result (default bench/results/practice.json)
        """;

    public int TurnsPerMeeting { get; init; } = 10;

    public bool CountDatabaseCommands { get; init; }

    /// <exception cref="ArgumentException">The command line is not valid.</exception>
    public static PracticeBenchOptions Parse(IReadOnlyList<string> args) =>
        CommandLineReader.Parse(args, "practice", new PracticeBenchOptions(), static (options, option) => option.Name switch
        {
            "--turns-per-meeting" => options with { TurnsPerMeeting = option.Int(1, 100) },
            "--count-db-commands" => options with { CountDatabaseCommands = true },
            _ => (PracticeBenchOptions)options.WithClosedLoopOption(option),
        });
}
