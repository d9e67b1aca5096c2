namespace Roundtable.Bench.Assistant;

/// <summary>
/// Non-streaming turns sent on a fixed schedule (open loop) by many users at once: the platform's
/// overhead when the server is not saturated, which a closed loop at high concurrency cannot show.
/// </summary>
internal sealed record AssistantOpenLoopResult
{
    public required double TargetTurnsPerSecond { get; init; }

    public required int Users { get; init; }

    public required int Turns { get; init; }

    public required int Failed { get; init; }

    public required int Unpaired { get; init; }

    public required double Seconds { get; init; }

    public required double TurnsPerSecond { get; init; }

    /// <summary>From the moment a turn was sent to its whole answer read.</summary>
    public required LatencyStats Latency { get; init; }

    public required LatencyStats Overhead { get; init; }

    /// <summary>How late each turn was sent against its schedule (its user still waiting for the previous answer, or the bench itself late).</summary>
    public required LatencyStats SendLag { get; init; }

    /// <summary>Overhead counted from the scheduled time rather than the send, so a late send is not hidden (coordinated omission).</summary>
    public required LatencyStats OverheadFromSchedule { get; init; }

    public required double ServerCores { get; init; }

    public required double ServerCpuMillisecondsPerTurn { get; init; }

    public required double MachineCores { get; init; }

    public required string LoadAverageAfter { get; init; }

    public required IReadOnlyList<string> Problems { get; init; }
}
