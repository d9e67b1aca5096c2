using Roundtable.Bench.Overhead;

namespace Roundtable.Bench.Assistant;

/// <summary>What <c>assistant</c> measured, as written to bench/results/assistant.json.</summary>
internal sealed record AssistantBenchResult
{
    public required DateTimeOffset Date { get; init; }

    public required string Machine { get; init; }

    public required string Command { get; init; }

    public required string Hosting { get; init; }

    public required AssistantBenchOptions Options { get; init; }

    public required string LoadAverageAtStart { get; init; }

    public required double StartupSeconds { get; init; }

    public required IReadOnlyList<ClosedLoopLevelResult> Levels { get; init; }

    public AssistantStreamingResult? Streaming { get; init; }

    public required IReadOnlyList<AssistantOpenLoopResult> OpenLoop { get; init; }

    /// <summary>The most turns per second any closed-loop level reached: the server's saturation on this machine.</summary>
    public required double SaturationTurnsPerSecond { get; init; }

    /// <summary>Overhead p99 within target at concurrency 1 and at every open-loop rate (well below saturation).</summary>
    public required bool TargetMetBelowSaturation { get; init; }

    public required int ModelRequests { get; init; }

    public required double TargetOverheadP99Milliseconds { get; init; }

    /// <summary>Overhead p99 within target at every closed-loop level.</summary>
    public required bool TargetMet { get; init; }

    public required int ServerWarnings { get; init; }

    public required int ServerErrors { get; init; }

    public required IReadOnlyList<string> ServerProblems { get; init; }
}
