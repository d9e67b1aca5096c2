using System.Globalization;

namespace Roundtable.Bench.Practice;

/// <summary>The command line of <c>practice</c>, bounded so that no run can grow without limit.</summary>
internal sealed record PracticeBenchOptions
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

    public int Turns { get; init; } = 2000;

    public int SerialTurns { get; init; } = 1000;

    public IReadOnlyList<int> Concurrency { get; init; } = [1, 16];

    public int StartupWarmup { get; init; } = 1000;

    public int Warmup { get; init; } = 100;

    public int TurnsPerMeeting { get; init; } = 10;

    public TimeSpan MaxPerLevel { get; init; } = TimeSpan.FromSeconds(180);

    public string LogLevel { get; init; } = "Warning";

    public bool CountDatabaseCommands { get; init; }

    public string? Output { get; init; }

    public int TurnsAt(int concurrency) => concurrency == 1 ? SerialTurns : Turns;

    /// <exception cref="ArgumentException">The command line is not valid.</exception>
    public static PracticeBenchOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] != "practice")
        {
            throw new ArgumentException("expected 'practice'");
        }

        var options = new PracticeBenchOptions();
        for (var i = 1; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--turns" => options with { Turns = Int(name, Value(), 10, 100_000) },
                "--turns-serial" => options with { SerialTurns = Int(name, Value(), 10, 100_000) },
                "--concurrency" => options with { Concurrency = [.. Value().Split(',').Select(level => Int(name, level.Trim(), 1, 256))] },
                "--startup-warmup" => options with { StartupWarmup = Int(name, Value(), 0, 100_000) },
                "--warmup" => options with { Warmup = Int(name, Value(), 0, 10_000) },
                "--turns-per-meeting" => options with { TurnsPerMeeting = Int(name, Value(), 1, 100) },
                "--max-seconds" => options with { MaxPerLevel = TimeSpan.FromSeconds(Int(name, Value(), 5, 1800)) },
                "--log-level" => options with { LogLevel = Value() },
                "--count-db-commands" => options with { CountDatabaseCommands = true },
                "--output" => options with { Output = Value() },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }

        return options;
    }

    private static int Int(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{name} must be whole numbers in {min}..{max}");
}
