namespace Roundtable.Engine.Knowledge;

/// <summary>Settings of a <see cref="KnowledgeRetriever"/>.</summary>
public sealed record KnowledgeRetrieverOptions
{
    public Bm25Parameters Bm25 { get; init; } = new();

    /// <summary>How many results each retriever contributes to fusion (at least the requested number).</summary>
    public int CandidateCount { get; init; } = 50;

    /// <summary>The k of Reciprocal Rank Fusion; 60 is the value from the original paper.</summary>
    public int FusionK { get; init; } = ReciprocalRankFusion.DefaultK;

    /// <summary>Chunks per request to the embedding generator.</summary>
    public int EmbeddingBatchSize { get; init; } = 64;

    /// <summary>Vector results at or below this cosine similarity are dropped before fusion.</summary>
    public double MinimumVectorSimilarity { get; init; }

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Bm25, nameof(Bm25));
        Bm25.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(CandidateCount, 1, nameof(CandidateCount));
        ArgumentOutOfRangeException.ThrowIfNegative(FusionK, nameof(FusionK));
        ArgumentOutOfRangeException.ThrowIfLessThan(EmbeddingBatchSize, 1, nameof(EmbeddingBatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumVectorSimilarity, -1, nameof(MinimumVectorSimilarity));
    }
}
