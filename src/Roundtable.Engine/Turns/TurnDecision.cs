using Roundtable.Engine.Agents;

namespace Roundtable.Engine.Turns;

/// <summary>
/// Who speaks, in order, and why. An empty list is a valid decision: nobody answers
/// (for example, a statement in a meeting that the representatives let stand).
/// </summary>
public sealed record TurnDecision(IReadOnlyList<AgentDefinition> Speakers, string Reason);
