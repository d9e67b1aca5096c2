namespace Roundtable.Server.Assistant;

/// <summary>A conversation's settings as pinned at creation.</summary>
public sealed record ConversationConfigView(
    string? Model, string? Provider, float Temperature, int MaxTokens, bool EnableRag, int TimeoutSeconds, int ContextWindowTokens,
    string Prompt, int PromptVersion);
