namespace Roundtable.Engine.Knowledge;

/// <summary>How a <see cref="KnowledgeRetriever"/> searches, decided by whether it has an embedding generator.</summary>
public enum KnowledgeSearchMode
{
    /// <summary>BM25 only; scores are BM25 scores.</summary>
    Keyword,

    /// <summary>BM25 and vector search fused with Reciprocal Rank Fusion; scores are fused RRF scores.</summary>
    Hybrid,
}
