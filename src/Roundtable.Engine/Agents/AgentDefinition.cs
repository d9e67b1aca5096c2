namespace Roundtable.Engine.Agents;

/// <summary>
/// Who an agent is and how it is served: persona, the ordered provider chain it may use
/// (primary first, then fallbacks; the offline model is always the implicit last resort),
/// and its generation settings.
/// </summary>
public sealed record AgentDefinition
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The role and persona text the agent speaks from.</summary>
    public required string Persona { get; init; }

    public IReadOnlyList<string> Traits { get; init; } = [];

    /// <summary>Provider names in the order they are tried.</summary>
    public required IReadOnlyList<string> ProviderChain { get; init; }

    /// <summary>Overrides the provider's configured model when set.</summary>
    public string? Model { get; init; }

    public float Temperature { get; init; } = 0.7f;

    public int MaxOutputTokens { get; init; } = 400;

    /// <summary>Name of the prompt template used to build this agent's system prompt.</summary>
    public string PromptTemplate { get; init; } = "showcase-agent";

    /// <summary>A display colour for pages and terminals (CSS hex).</summary>
    public string Color { get; init; } = "#6c757d";
}
