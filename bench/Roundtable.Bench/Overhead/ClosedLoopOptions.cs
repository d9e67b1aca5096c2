namespace Roundtable.Bench.Overhead;

/// <summary>
/// The options every closed-loop overhead bench has, under the same names and bounds; each bench sets
/// its own defaults and adds its own options.
/// </summary>
internal abstract record ClosedLoopOptions
{
    protected ClosedLoopOptions(int turns, int serialTurns, IReadOnlyList<int> concurrency, int startupWarmup, int warmup)
    {
        Turns = turns;
        SerialTurns = serialTurns;
        Concurrency = concurrency;
        StartupWarmup = startupWarmup;
        Warmup = warmup;
    }

    /// <summary>Measured turns per concurrency level above 1.</summary>
    public int Turns { get; init; }

    /// <summary>Measured turns at concurrency 1, where each takes longest.</summary>
    public int SerialTurns { get; init; }

    public IReadOnlyList<int> Concurrency { get; init; }

    /// <summary>Unmeasured turns before the first level, so that tiered JIT settles.</summary>
    public int StartupWarmup { get; init; }

    /// <summary>Unmeasured turns before each level.</summary>
    public int Warmup { get; init; }

    public TimeSpan MaxPerLevel { get; init; } = TimeSpan.FromSeconds(180);

    public string LogLevel { get; init; } = "Warning";

    public string? Output { get; init; }

    public int TurnsAt(int concurrency) => concurrency == 1 ? SerialTurns : Turns;

    /// <summary>Reads an option of every closed-loop bench; any other is unknown.</summary>
    /// <exception cref="ArgumentException">The option or its value is not valid.</exception>
    protected ClosedLoopOptions WithClosedLoopOption(CommandLineReader option) => option.Name switch
    {
        "--turns" => this with { Turns = option.Int(10, 100_000) },
        "--turns-serial" => this with { SerialTurns = option.Int(10, 100_000) },
        "--concurrency" => this with { Concurrency = option.Ints(1, 256) },
        "--startup-warmup" => this with { StartupWarmup = option.Int(0, 100_000) },
        "--warmup" => this with { Warmup = option.Int(0, 10_000) },
        "--max-seconds" => this with { MaxPerLevel = TimeSpan.FromSeconds(option.Int(5, 1800)) },
        "--log-level" => this with { LogLevel = option.Value() },
        "--output" => this with { Output = option.Value() },
        _ => throw option.Unknown(),
    };
}
