using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Practice;

/// <summary>
/// Who answers the salesperson's last line, in order (0, 1 or 2 representatives; the same
/// representative may appear after speaking last turn), and why.
/// </summary>
/// <remarks>Producer: The orchestrator model's call (tokens, cost), null when no model was asked.</remarks>
public sealed record ResponderPlan(
    IReadOnlyList<string> RepresentativeIds,
    string Reason,
    ResponderPlanSource Source,
    MessageProducer? Producer);
