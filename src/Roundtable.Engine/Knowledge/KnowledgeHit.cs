namespace Roundtable.Engine.Knowledge;

/// <summary>One search result.</summary>
/// <param name="Chunk">The matching chunk, with its document id and title for citation.</param>
/// <param name="Score">
/// Ranking score: the BM25 score in <see cref="KnowledgeSearchMode.Keyword"/> mode, the Reciprocal
/// Rank Fusion score in <see cref="KnowledgeSearchMode.Hybrid"/> mode. Comparable only within one search.
/// </param>
/// <param name="MatchedBy">The retrievers whose candidate lists contained the chunk.</param>
/// <param name="Excerpt">The sentences of the chunk that best match the query, at most 300 characters, for display.</param>
public sealed record KnowledgeHit(KnowledgeChunk Chunk, double Score, KnowledgeRetrievers MatchedBy, string Excerpt)
{
    /// <summary>Maximum length of <see cref="Excerpt"/>.</summary>
    public const int MaxExcerptLength = 300;

    /// <summary>The BM25 score when the keyword retriever matched.</summary>
    public double? KeywordScore { get; init; }

    /// <summary>The cosine similarity when the vector retriever matched.</summary>
    public double? VectorSimilarity { get; init; }
}
