namespace Roundtable.Bench.Practice;

/// <summary>Exchanges at one concurrency: client latency, the model's share, the rest (the platform's), and what each exchange was made of.</summary>
internal sealed record PracticeLevelResult
{
    public required int Concurrency { get; init; }

    public required int Turns { get; init; }

    public required int Failed { get; init; }

    /// <summary>Exchanges whose model handling time was not found (not counted in the overhead).</summary>
    public required int Unpaired { get; init; }

    public required double Seconds { get; init; }

    public required double TurnsPerSecond { get; init; }

    public required LatencyStats Latency { get; init; }

    public required LatencyStats Model { get; init; }

    public required LatencyStats Overhead { get; init; }

    /// <summary>Exchanges where the orchestrator model was asked and exactly one representative answered from the Bench provider.</summary>
    public required int OrchestratorPlusOneRepresentative { get; init; }

    public required double OrchestratorPlusOneShare { get; init; }

    /// <summary>Measured exchanges by the answer's <c>decision_source</c>.</summary>
    public required IReadOnlyDictionary<string, int> DecisionSources { get; init; }

    /// <summary>Measured exchanges with a reply that was offline or not from the Bench provider.</summary>
    public required int NotFromBench { get; init; }

    /// <summary>Model requests during the level less those of meetings created during it, per exchange sent.</summary>
    public required double ModelRequestsPerTurn { get; init; }

    /// <summary>EF Core's "Executed DbCommand" lines per exchange sent; zero unless the server logs at Information.</summary>
    public required double DatabaseCommandsPerTurn { get; init; }

    public required int Meetings { get; init; }

    /// <summary>Meetings created inside the timed loop because uneven sharing outran the prepared ones.</summary>
    public required int LateMeetings { get; init; }

    public required double ServerCores { get; init; }

    public required double ServerCpuMillisecondsPerTurn { get; init; }

    /// <summary>The bench process: the client and the zero-latency model, on the same cores as the server.</summary>
    public required double BenchCores { get; init; }

    /// <summary>Every process on the machine, including work that is not the bench's.</summary>
    public required double MachineCores { get; init; }

    /// <summary>Exchanges whose overhead reached 150 ms, the length of one SQLITE_BUSY retry sleep in Microsoft.Data.Sqlite.</summary>
    public required int OverSqliteBusySleep { get; init; }

    public required string LoadAverageAfter { get; init; }

    public required IReadOnlyList<string> Problems { get; init; }
}
