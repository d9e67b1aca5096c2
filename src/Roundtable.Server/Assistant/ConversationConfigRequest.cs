namespace Roundtable.Server.Assistant;

/// <summary>How a conversation is answered; every field is optional.</summary>
/// <param name="Model">The model of the first provider in the chain (e.g. "gpt-4o-mini").</param>
/// <param name="Provider">The provider to ask first instead of the configured chain (e.g. "OpenAI", "Offline").</param>
/// <param name="Prompt">Name of the prompt template (default "assistant-default").</param>
/// <param name="PromptVersion">Version of the template (default: latest, pinned at creation).</param>
/// <param name="PromptVariables">Values for the template's variables.</param>
public sealed record ConversationConfigRequest(
    string? Model = null,
    string? Provider = null,
    float? Temperature = null,
    int? MaxTokens = null,
    bool? EnableRag = null,
    int? TimeoutSeconds = null,
    int? ContextWindowTokens = null,
    string? Prompt = null,
    int? PromptVersion = null,
    Dictionary<string, string>? PromptVariables = null);
