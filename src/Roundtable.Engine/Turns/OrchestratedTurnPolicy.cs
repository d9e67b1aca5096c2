using Roundtable.Engine.Agents;
using Roundtable.Engine.Conversations;
using Roundtable.Engine.Practice;

namespace Roundtable.Engine.Turns;

/// <summary>
/// The orchestrated member of the turn-policy family: after a person speaks, an
/// <see cref="IMeetingOrchestrator"/> (addressing, then the orchestrator model, then topic rules)
/// names zero, one or two agents to answer. Agents are the meeting's representatives, matched by id.
/// </summary>
public sealed class OrchestratedTurnPolicy(IMeetingOrchestrator orchestrator, MeetingBrief brief) : ITurnPolicy
{
    public async ValueTask<TurnDecision> DecideAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.History.Count == 0 || !context.History[^1].IsHuman)
        {
            return new TurnDecision([], "waiting for the salesperson");
        }

        var agents = context.Agents.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var present = brief with { Representatives = [.. brief.Representatives.Where(r => agents.ContainsKey(r.Id))] };
        var plan = await orchestrator.PlanAsync(present, [.. context.History.Select(ToLine)], cancellationToken).ConfigureAwait(false);
        return new TurnDecision([.. plan.RepresentativeIds.Select(id => agents[id])], plan.Reason);
    }

    /// <summary>Turns carry no time; analytics come from the meeting's own transcript, so none is needed here.</summary>
    private static MeetingLine ToLine(ConversationTurn turn) => new(
        turn.Number,
        turn.IsHuman ? MeetingLine.SalespersonId : turn.SpeakerId,
        turn.SpeakerName,
        turn.Text,
        DateTimeOffset.UnixEpoch);
}
