namespace Roundtable.Server.Assistant;

/// <summary>A knowledge chunk an answer was grounded in.</summary>
public sealed record CitationView(Guid DocumentId, string Title, string Excerpt);
