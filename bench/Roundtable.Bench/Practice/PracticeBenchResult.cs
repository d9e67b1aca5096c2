namespace Roundtable.Bench.Practice;

/// <summary>What <c>practice</c> measured, as written to bench/results/practice.json.</summary>
internal sealed record PracticeBenchResult
{
    public required DateTimeOffset Date { get; init; }

    public required string Machine { get; init; }

    public required string Command { get; init; }

    public required string Hosting { get; init; }

    public required string Exchange { get; init; }

    public required PracticeBenchOptions Options { get; init; }

    public required string LoadAverageAtStart { get; init; }

    public required double StartupSeconds { get; init; }

    /// <summary>Model requests one meeting creation makes (the analyst's top-5 questions).</summary>
    public required int ModelRequestsPerMeetingCreation { get; init; }

    /// <summary>Model requests of one unmeasured exchange, counted alone before the levels.</summary>
    public required int ModelRequestsPerCheckedExchange { get; init; }

    public required IReadOnlyList<PracticeLevelResult> Levels { get; init; }

    public required int ModelRequests { get; init; }

    public required int ServerWarnings { get; init; }

    public required int ServerErrors { get; init; }

    public required IReadOnlyList<string> ServerProblems { get; init; }
}
