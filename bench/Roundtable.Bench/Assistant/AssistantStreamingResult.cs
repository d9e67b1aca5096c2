namespace Roundtable.Bench.Assistant;

/// <summary>Time to first token at concurrency 1: through Roundtable, straight to the model, and the difference.</summary>
internal sealed record AssistantStreamingResult
{
    public required int Turns { get; init; }

    public required LatencyStats ThroughRoundtable { get; init; }

    public required LatencyStats Direct { get; init; }

    /// <summary>p50 through Roundtable minus p50 direct (and so for p99).</summary>
    public required double OverheadP50 { get; init; }

    public required double OverheadP99 { get; init; }

    /// <summary>Each streamed turn minus the direct call made right after it.</summary>
    public required LatencyStats PairedOverhead { get; init; }

    /// <summary>Whole streamed turn through Roundtable, to the stored <c>message</c> event.</summary>
    public required LatencyStats Total { get; init; }
}
