namespace Roundtable.Engine.Turns;

/// <summary>Decides who speaks next. Policies may be rule-based or ask a model (orchestrated).</summary>
public interface ITurnPolicy
{
    ValueTask<TurnDecision> DecideAsync(TurnContext context, CancellationToken cancellationToken);
}
