namespace Roundtable.Server.Practice.Turns;

/// <summary>
/// A meeting's transcript (seed 003's <c>conversations</c> document): turns in order, talk time per
/// side (in words until turns carry audio), and the orchestrator's decisions.
/// </summary>
public sealed record HistoryView(
    Guid MeetingId,
    string Status,
    IReadOnlyList<TurnView> Turns,
    int TotalTurns,
    int SalespersonTalkTime,
    int RepresentativesTalkTime,
    string TalkTimeBasis,
    IReadOnlyList<DecisionView> Decisions);
