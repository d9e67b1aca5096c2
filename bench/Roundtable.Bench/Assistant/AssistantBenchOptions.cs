using System.Globalization;

namespace Roundtable.Bench.Assistant;

/// <summary>The command line of <c>assistant</c>, bounded so that no run can grow without limit.</summary>
internal sealed record AssistantBenchOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/Roundtable.Bench -- assistant [options]
          --turns N                measured non-streaming turns per concurrency level above 1 (10..100000, default 5000)
          --turns-serial N         measured turns at concurrency 1 (10..100000, default 2000)
          --concurrency LIST       comma-separated levels (1..256 each, default 1,16,64)
          --startup-warmup N       unmeasured turns at concurrency 4 before the first level, so tiered JIT settles (0..100000, default 3000)
          --warmup N               unmeasured turns before each level (0..10000, default 300)
          --stream-turns N         streamed turns (and as many direct model calls) for time to first token (0..10000, default 500)
          --turns-per-conversation N   a virtual user starts a new conversation after N turns (1..500, default 20)
          --max-seconds S          time bound of each level (5..1800, default 180)
          --open-rates LIST        open loop: comma-separated overall rates in turns/s, each run for --open-seconds (1..5000 each, default 100,200,400; 0 for none)
          --open-users N           open loop: users sending on the schedule, each in its own conversations (1..1024, default 64)
          --open-seconds S         open loop: seconds per rate (2..600, default 15)
          --log-level L            the server's Logging:LogLevel:Default (default Warning)
          --output FILE            JSON result (default bench/results/assistant.json)
        """;

    public int Turns { get; init; } = 5000;

    public int SerialTurns { get; init; } = 2000;

    public IReadOnlyList<int> Concurrency { get; init; } = [1, 16, 64];

    public int StartupWarmup { get; init; } = 3000;

    public int Warmup { get; init; } = 300;

    public int StreamTurns { get; init; } = 500;

    public int TurnsPerConversation { get; init; } = 20;

    public TimeSpan MaxPerLevel { get; init; } = TimeSpan.FromSeconds(180);

    public IReadOnlyList<int> OpenLoopRates { get; init; } = [100, 200, 400];

    public int OpenLoopUsers { get; init; } = 64;

    public int OpenLoopSeconds { get; init; } = 15;

    public string LogLevel { get; init; } = "Warning";

    public string? Output { get; init; }

    public int TurnsAt(int concurrency) => concurrency == 1 ? SerialTurns : Turns;

    /// <exception cref="ArgumentException">The command line is not valid.</exception>
    public static AssistantBenchOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] != "assistant")
        {
            throw new ArgumentException("expected 'assistant'");
        }

        var options = new AssistantBenchOptions();
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
                "--stream-turns" => options with { StreamTurns = Int(name, Value(), 0, 10_000) },
                "--turns-per-conversation" => options with { TurnsPerConversation = Int(name, Value(), 1, 500) },
                "--max-seconds" => options with { MaxPerLevel = TimeSpan.FromSeconds(Int(name, Value(), 5, 1800)) },
                "--open-rates" => options with { OpenLoopRates = Rates(name, Value()) },
                "--open-users" => options with { OpenLoopUsers = Int(name, Value(), 1, 1024) },
                "--open-seconds" => options with { OpenLoopSeconds = Int(name, Value(), 2, 600) },
                "--log-level" => options with { LogLevel = Value() },
                "--output" => options with { Output = Value() },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }

        return options;
    }

    private static IReadOnlyList<int> Rates(string name, string value) =>
        value == "0" ? [] : [.. value.Split(',').Select(rate => Int(name, rate.Trim(), 1, 5000))];

    private static int Int(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{name} must be whole numbers in {min}..{max}");
}
