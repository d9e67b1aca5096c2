namespace Roundtable.Server.Assistant;

/// <summary>GET /v1/prompts/{id}: the requested (or latest) version and every version number.</summary>
public sealed record PromptVersionsView(PromptView Prompt, IReadOnlyList<int> Versions);
