namespace Roundtable.Engine.Prompts;

/// <summary>A retrieved piece of a knowledge document that a turn may be grounded in.</summary>
public sealed record KnowledgeSnippet(string DocumentId, string Title, string Text);
