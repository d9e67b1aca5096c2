namespace Roundtable.Server.Assistant;

/// <summary>Body of POST /v1/prompts: a new template, or the next version of an existing name.</summary>
public sealed record CreatePromptRequest(string? Name = null, string? Template = null, string? Description = null);
