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

    public required IReadOnlyList<AssistantLevelResult> Levels { get; init; }

    public AssistantStreamingResult? Streaming { get; init; }

    public required int ModelRequests { get; init; }

    public required double TargetOverheadP99Milliseconds { get; init; }

    public required bool TargetMet { get; init; }

    public required int ServerWarnings { get; init; }

    public required int ServerErrors { get; init; }

    public required IReadOnlyList<string> ServerProblems { get; init; }
}
