namespace Roundtable.Bench;

/// <summary>The command line of <c>showcase</c>, with bounds so that no run can grow without limit.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/Roundtable.Bench -- showcase [options]
          --businesses N        businesses with unlimited credits (1..100000, default 1000)
          --duration D          how long the server runs, e.g. 60s, 2m (1s..30m, default 60s)
          --initial-delay D     Showcase:InitialDelay (default 2s)
          --interval D          Showcase:MessageInterval (default 1s)
          --messages N          Showcase:MessagesPerConversation (1..64, default 16)
          --break D             Showcase:BreakDuration (default 2s)
          --parallelism N       Showcase:Parallelism (default: the server's)
          --lookahead N         Showcase:GenerationLookahead (default: the server's)
          --generation-concurrency N   Showcase:GenerationConcurrency (default: the server's)
          --stagger             spread the businesses' first conversations evenly over one period instead of starting them together
          --spread D            like --stagger, but over D (e.g. one message interval, to have every business live at once)
          --observe N           also receive new_message over SignalR for N sampled businesses (0..1000, default 100)
          --database sqlite|postgres   postgres needs ROUNDTABLE_TEST_POSTGRES (an admin connection string)
          --log-level L         the server's Logging:LogLevel:Default (default Warning)
          --keep-database       keep the SQLite file (its path is printed) for a closer look
          --output FILE         JSON result (default bench/results/showcase-<n>[-staggered][-postgres].json)
        """;

    public int Businesses { get; init; } = 1000;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MessageInterval { get; init; } = TimeSpan.FromSeconds(1);

    public int Messages { get; init; } = 16;

    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(2);

    public int? Parallelism { get; init; }

    public int? Lookahead { get; init; }

    public int? GenerationConcurrency { get; init; }

    public bool Stagger { get; init; }

    /// <summary>With <see cref="Stagger"/>, the window the first conversations are spread over; null for one period.</summary>
    public TimeSpan? Spread { get; init; }

    public int Observe { get; init; } = 100;

    public string Database { get; init; } = "sqlite";

    public string LogLevel { get; init; } = "Warning";

    public string? Output { get; init; }

    public bool KeepDatabase { get; init; }

    /// <summary>Time from one conversation's start to the next's.</summary>
    public TimeSpan Period => Messages * MessageInterval + BreakDuration;

    public string Label => $"showcase-{Businesses}{(Stagger ? "-staggered" : "")}{(Database == "postgres" ? "-postgres" : "")}";

    /// <summary>The window the staggered first conversations are spread over.</summary>
    public TimeSpan StaggerWindow => Spread ?? Period;

    /// <exception cref="ArgumentException">The command line is not valid.</exception>
    public static BenchOptions Parse(IReadOnlyList<string> args) =>
        CommandLineReader.Parse(args, "showcase", new BenchOptions(), static (options, option) => option.Name switch
        {
            "--businesses" => options with { Businesses = option.Int(1, 100_000) },
            "--duration" => options with { Duration = option.Duration(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(30)) },
            "--initial-delay" => options with { InitialDelay = option.Duration(TimeSpan.Zero, TimeSpan.FromHours(1)) },
            "--interval" => options with { MessageInterval = option.Duration(TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1)) },
            "--messages" => options with { Messages = option.Int(1, 64) },
            "--break" => options with { BreakDuration = option.Duration(TimeSpan.Zero, TimeSpan.FromHours(1)) },
            "--parallelism" => options with { Parallelism = option.Int(1, 256) },
            "--lookahead" => options with { Lookahead = option.Int(0, 16) },
            "--generation-concurrency" => options with { GenerationConcurrency = option.Int(1, 1024) },
            "--stagger" => options with { Stagger = true },
            "--spread" => options with { Stagger = true, Spread = option.Duration(TimeSpan.Zero, TimeSpan.FromHours(2)) },
            "--observe" => options with { Observe = option.Int(0, 1000) },
            "--database" => options with { Database = option.OneOf("sqlite", "postgres") },
            "--log-level" => options with { LogLevel = option.Value() },
            "--output" => options with { Output = option.Value() },
            "--keep-database" => options with { KeepDatabase = true },
            "--help" or "-h" => throw new ArgumentException("showcase options:"),
            _ => throw option.Unknown(),
        });
}
