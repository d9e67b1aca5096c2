using System.Diagnostics.CodeAnalysis;
using Roundtable.Bench.Overhead;

namespace Roundtable.Bench.Practice;

/// <summary>Exchanges at one concurrency: client latency, the model's share, the rest (the platform's), and what each exchange was made of.</summary>
internal sealed record PracticeLevelResult : ClosedLoopLevelResult
{
    /// <summary>The figures every closed loop has; the exchange's own are set by <see cref="Of"/>.</summary>
    [SetsRequiredMembers]
    private PracticeLevelResult(ClosedLoopLevelResult level)
        : base(level)
    {
    }

    /// <summary>Exchanges where the orchestrator model was asked and exactly one representative answered from the Bench provider.</summary>
    public int OrchestratorPlusOneRepresentative { get; init; }

    public double OrchestratorPlusOneShare { get; init; }

    /// <summary>Measured exchanges by the answer's <c>decision_source</c>.</summary>
    public IReadOnlyDictionary<string, int> DecisionSources { get; init; } = new Dictionary<string, int>();

    /// <summary>Measured exchanges with a reply that was offline or not from the Bench provider.</summary>
    public int NotFromBench { get; init; }

    /// <summary>Model requests during the level less those of meetings created during it, per exchange sent.</summary>
    public double ModelRequestsPerTurn { get; init; }

    /// <summary>EF Core's "Executed DbCommand" lines per exchange sent; zero unless the server logs at Information.</summary>
    public double DatabaseCommandsPerTurn { get; init; }

    public int Meetings { get; init; }

    /// <summary>Meetings created inside the timed loop because uneven sharing outran the prepared ones.</summary>
    public int LateMeetings { get; init; }

    /// <summary>The closed loop's figures (pairing each exchange with the model's time), and what the exchanges were made of.</summary>
    public static PracticeLevelResult Of(int concurrency, ClosedLoopRun<ExchangeShape> run, ZeroLatencyModel model, int modelRequestsPerMeeting)
    {
        var exact = run.Samples.Count(s => s.Reply.IsOrchestratorPlusOneRepresentative);
        var sent = run.Samples.Count + run.Failed;
        return new PracticeLevelResult(ClosedLoopLevelResult.Of(concurrency, run, model))
        {
            OrchestratorPlusOneRepresentative = exact,
            OrchestratorPlusOneShare = run.Samples.Count == 0 ? 0 : (double)exact / run.Samples.Count,
            DecisionSources = run.Samples.GroupBy(s => s.Reply.DecisionSource).ToDictionary(g => g.Key, g => g.Count()),
            NotFromBench = run.Samples.Count(s => !s.Reply.AllFromBench),
            DatabaseCommandsPerTurn = sent == 0 ? 0 : (double)run.DatabaseCommands / sent,
            ModelRequestsPerTurn = sent == 0 ? 0 : (double)(run.ModelRequests - run.LateSessions * modelRequestsPerMeeting) / sent,
            Meetings = run.Sessions,
            LateMeetings = run.LateSessions,
        };
    }
}
