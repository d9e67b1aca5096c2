using Roundtable.Engine.Agents;
using Roundtable.Engine.Conversations;

namespace Roundtable.Engine.Turns;

/// <summary>What a turn policy may look at: the participants and everything said so far.</summary>
public sealed record TurnContext(IReadOnlyList<AgentDefinition> Agents, IReadOnlyList<ConversationTurn> History);
