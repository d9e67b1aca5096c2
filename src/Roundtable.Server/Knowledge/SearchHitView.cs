namespace Roundtable.Server.Knowledge;

/// <summary>One search result: the chunk's document, an excerpt and the score (comparable within one search).</summary>
public sealed record SearchHitView(Guid DocumentId, string Title, int ChunkIndex, string Excerpt, double Score, string MatchedBy);
