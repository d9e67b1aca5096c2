using Roundtable.Bench.Overhead;

namespace Roundtable.Bench.Assistant;

/// <summary>The command line of <c>assistant</c>, bounded so that no run can grow without limit.</summary>
internal sealed record AssistantBenchOptions() : ClosedLoopOptions(turns: 5000, serialTurns: 2000, concurrency: [1, 16, 64], startupWarmup: 3000, warmup: 300)
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

    public int StreamTurns { get; init; } = 500;

    public int TurnsPerConversation { get; init; } = 20;

    public IReadOnlyList<int> OpenLoopRates { get; init; } = [100, 200, 400];

    public int OpenLoopUsers { get; init; } = 64;

    public int OpenLoopSeconds { get; init; } = 15;

    /// <exception cref="ArgumentException">The command line is not valid.</exception>
    public static AssistantBenchOptions Parse(IReadOnlyList<string> args) =>
        CommandLineReader.Parse(args, "assistant", new AssistantBenchOptions(), static (options, option) => option.Name switch
        {
            "--stream-turns" => options with { StreamTurns = option.Int(0, 10_000) },
            "--turns-per-conversation" => options with { TurnsPerConversation = option.Int(1, 500) },
            "--open-rates" => options with { OpenLoopRates = option.IntsOrNone(1, 5000) },
            "--open-users" => options with { OpenLoopUsers = option.Int(1, 1024) },
            "--open-seconds" => options with { OpenLoopSeconds = option.Int(2, 600) },
            _ => (AssistantBenchOptions)options.WithClosedLoopOption(option),
        });
}
