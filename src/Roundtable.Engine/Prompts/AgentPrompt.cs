using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Prompts;

/// <summary>The messages and options for one agent's turn; built fresh for every turn, never shared.</summary>
public sealed record AgentPrompt(IReadOnlyList<ChatMessage> Messages, ChatOptions Options);
