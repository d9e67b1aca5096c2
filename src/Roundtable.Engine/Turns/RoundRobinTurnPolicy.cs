namespace Roundtable.Engine.Turns;

/// <summary>Agents speak in their listed order, over and over (the Showcase's four rounds of four).</summary>
public sealed class RoundRobinTurnPolicy : ITurnPolicy
{
    public ValueTask<TurnDecision> DecideAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Agents.Count == 0)
        {
            throw new ArgumentException("A round-robin conversation needs at least one agent.", nameof(context));
        }

        var agentTurns = context.History.Count(turn => !turn.IsHuman);
        var speaker = context.Agents[agentTurns % context.Agents.Count];
        var round = agentTurns / context.Agents.Count + 1;
        return ValueTask.FromResult(new TurnDecision([speaker], $"round {round}, position {agentTurns % context.Agents.Count + 1}"));
    }
}
