using System.ComponentModel.DataAnnotations;
using Roundtable.Server.Platform;

namespace Roundtable.Server.Assistant;

/// <summary>Settings of the Assistant API (section <c>Assistant</c>).</summary>
public sealed record AssistantOptions
{
    public const string Section = "Assistant";

    /// <summary>Minutes without a message after which an ACTIVE conversation expires.</summary>
    [Range(1, 10_080)]
    public int SessionTimeoutMinutes { get; init; } = 30;

    /// <summary>Default context window in tokens (system prompt, summary, history and the reply's reserve).</summary>
    [Range(AssistantLimits.MinContextWindowTokens, AssistantLimits.MaxContextWindowTokens)]
    public int ContextWindowTokens { get; init; } = 8_192;

    /// <summary>Providers tried in order for an assistant answer; the offline model is the last resort. Empty: the default chain.</summary>
    public string[] ProviderChain { get; init; } = [];

    /// <summary>The chain answers go through: the configured one, or <see cref="DefaultProviderChain"/>.</summary>
    public IReadOnlyList<string> Chain => DefaultProviderChain.Or(ProviderChain);

    /// <summary>Knowledge chunks placed in the prompt when a conversation has enable_rag.</summary>
    [Range(1, AssistantLimits.MaxTopK)]
    public int KnowledgeTopK { get; init; } = 3;

    /// <summary>Seeds the retail-banking demo application, its prompt and documents.</summary>
    public bool SeedDemoData { get; init; } = true;

    /// <summary>The demo application's key; when empty a random one is generated and logged once.</summary>
    public string? DemoApiKey { get; init; }
}
