namespace Roundtable.Bench.Assistant;

/// <summary>Non-streaming turns at one concurrency: client latency, the model's share, and the rest (the platform's).</summary>
internal sealed record AssistantLevelResult
{
    public required int Concurrency { get; init; }

    public required int Turns { get; init; }

    public required int Failed { get; init; }

    /// <summary>Turns whose model handling time was not found (not counted in the overhead).</summary>
    public required int Unpaired { get; init; }

    public required double Seconds { get; init; }

    public required double TurnsPerSecond { get; init; }

    public required LatencyStats Latency { get; init; }

    public required LatencyStats Model { get; init; }

    public required LatencyStats Overhead { get; init; }

    public required double ServerCores { get; init; }

    public required double ServerCpuMillisecondsPerTurn { get; init; }

    /// <summary>The bench process: the client and the zero-latency model, on the same cores as the server.</summary>
    public required double BenchCores { get; init; }

    /// <summary>Every process on the machine, including work that is not the bench's.</summary>
    public required double MachineCores { get; init; }

    /// <summary>Turns whose overhead reached 150 ms, the length of one SQLITE_BUSY retry sleep in Microsoft.Data.Sqlite.</summary>
    public required int OverSqliteBusySleep { get; init; }

    public required string LoadAverageAfter { get; init; }

    public required IReadOnlyList<string> Problems { get; init; }
}
