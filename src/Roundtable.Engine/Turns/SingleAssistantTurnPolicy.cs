namespace Roundtable.Engine.Turns;

/// <summary>One assistant answers each message a person sends, and never speaks unprompted.</summary>
public sealed class SingleAssistantTurnPolicy : ITurnPolicy
{
    public ValueTask<TurnDecision> DecideAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Agents.Count != 1)
        {
            throw new ArgumentException("A single-assistant conversation has exactly one agent.", nameof(context));
        }

        var decision = context.History.Count > 0 && context.History[^1].IsHuman
            ? new TurnDecision([context.Agents[0]], "the person spoke")
            : new TurnDecision([], "waiting for the person");
        return ValueTask.FromResult(decision);
    }
}
