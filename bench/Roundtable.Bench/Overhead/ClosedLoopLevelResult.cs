namespace Roundtable.Bench.Overhead;

/// <summary>Turns at one concurrency in a closed loop: client latency, the model's share, and the rest (the platform's).</summary>
/// <remarks>Not sealed: a bench that learns more from each turn (Practice) adds its figures in a derived record.</remarks>
internal record ClosedLoopLevelResult
{
    /// <summary>Microsoft.Data.Sqlite sleeps this long (blocking) after each SQLITE_BUSY before retrying.</summary>
    private const double SqliteBusySleepMilliseconds = 150;

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

    /// <summary>Pairs each turn with the model's own handling of it (taken from <paramref name="model"/>): overhead is latency less that.</summary>
    public static ClosedLoopLevelResult Of<TReply>(int concurrency, ClosedLoopRun<TReply> run, ZeroLatencyModel model)
    {
        var latencies = new List<double>(run.Samples.Count);
        var modelTimes = new List<double>(run.Samples.Count);
        var overheads = new List<double>(run.Samples.Count);
        foreach (var sample in run.Samples)
        {
            latencies.Add(sample.Milliseconds);
            if (model.TryTake(sample.Turn, out var modelMilliseconds))
            {
                modelTimes.Add(modelMilliseconds);
                overheads.Add(sample.Milliseconds - modelMilliseconds);
            }
        }

        return new ClosedLoopLevelResult
        {
            Concurrency = concurrency,
            Turns = run.Samples.Count,
            Failed = run.Failed,
            Unpaired = run.Samples.Count - overheads.Count,
            Seconds = run.Seconds,
            TurnsPerSecond = run.Samples.Count / run.Seconds,
            Latency = LatencyStats.Of(latencies),
            Model = LatencyStats.Of(modelTimes),
            Overhead = LatencyStats.Of(overheads),
            ServerCores = run.ServerCpuSeconds / run.Seconds,
            ServerCpuMillisecondsPerTurn = run.Samples.Count == 0 ? 0 : run.ServerCpuSeconds * 1000 / run.Samples.Count,
            BenchCores = run.BenchCpuSeconds / run.Seconds,
            MachineCores = run.MachineCpuSeconds / run.Seconds,
            OverSqliteBusySleep = overheads.Count(o => o >= SqliteBusySleepMilliseconds),
            LoadAverageAfter = BenchMachine.LoadAverage(),
            Problems = run.Problems,
        };
    }
}
