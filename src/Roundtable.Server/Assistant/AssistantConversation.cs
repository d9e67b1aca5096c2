namespace Roundtable.Server.Assistant;

/// <summary>
/// One Assistant session of an application's user, with its settings pinned at creation (model,
/// prompt template version) and the running summary of turns that no longer fit the context window.
/// </summary>
public sealed class AssistantConversation
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    public string? UserId { get; set; }

    public string State { get; set; } = ConversationState.Active;

    /// <summary>"ended" or "expired" once <see cref="State"/> is ENDED.</summary>
    public string? EndedReason { get; set; }

    public string? Model { get; set; }

    /// <summary>The provider asked first; null for the configured chain.</summary>
    public string? Provider { get; set; }

    public float Temperature { get; set; }

    public int MaxTokens { get; set; }

    public bool EnableRag { get; set; }

    public int TimeoutSeconds { get; set; }

    public int ContextWindowTokens { get; set; }

    public required string PromptName { get; set; }

    public int PromptVersion { get; set; }

    /// <summary>The template's variable values, as a JSON object of strings.</summary>
    public required string PromptVariablesJson { get; set; }

    public required string MetadataJson { get; set; }

    /// <summary>What the model made of the turns folded out of the context window.</summary>
    public string? Summary { get; set; }

    /// <summary>The last message number folded into <see cref="Summary"/>; 0 when none.</summary>
    public int SummarizedThrough { get; set; }

    public int MessageCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastActivityAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }
}
