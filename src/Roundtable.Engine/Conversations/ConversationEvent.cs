using Roundtable.Engine.Agents;
using Roundtable.Engine.Providers.Pipeline;

namespace Roundtable.Engine.Conversations;

/// <summary>Something that happened while a conversation ran, in order.</summary>
public abstract record ConversationEvent(int Number);

/// <summary>An agent started writing message <paramref name="Number"/>.</summary>
public sealed record TurnStarted(int Number, AgentDefinition Speaker, string Reason) : ConversationEvent(Number);

/// <summary>More text of the message being written.</summary>
public sealed record TurnDelta(int Number, AgentDefinition Speaker, string Text) : ConversationEvent(Number);

/// <summary>The message is complete.</summary>
public sealed record TurnCompleted(ConversationTurn Turn) : ConversationEvent(Turn.Number);

/// <summary>
/// Writing the message failed after text had already streamed (the provider broke mid-answer).
/// The partial text is discarded and the turn is written again from the start.
/// </summary>
public sealed record TurnFailed(int Number, AgentDefinition Speaker, ProviderCallException Fault, string PartialText) : ConversationEvent(Number);
