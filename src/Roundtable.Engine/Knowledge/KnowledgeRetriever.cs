using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Knowledge;

/// <summary>
/// A tenant-partitioned knowledge base: chunks documents, indexes them, and answers searches with
/// excerpts. Keyword (BM25) search without an embedding generator; with one, hybrid search that
/// fuses BM25 and vector results by Reciprocal Rank Fusion. A search never returns another
/// tenant's chunks. The indexes live in memory; a store rebuilds them from its persisted chunks
/// with <see cref="IndexDocumentAsync"/> or <see cref="IndexDocument"/>.
/// </summary>
public sealed class KnowledgeRetriever
{
    private readonly IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator;
    private readonly ChunkEmbedder? embedder;
    private readonly KnowledgeRetrieverOptions options;
    private readonly Bm25Index keywordIndex;
    private readonly VectorIndex vectorIndex = new();

    // Keeps one document's keyword and vector entries from two concurrent writes interleaving.
    private readonly Lock writeGate = new();

    public KnowledgeRetriever(
        DocumentChunker? chunker = null,
        IEmbeddingGenerator<string, Embedding<float>>? embeddingGenerator = null,
        KnowledgeRetrieverOptions? options = null)
    {
        this.options = options ?? new KnowledgeRetrieverOptions();
        this.options.Validate();
        Chunker = chunker ?? new DocumentChunker();
        this.embeddingGenerator = embeddingGenerator;
        embedder = embeddingGenerator is null ? null : new ChunkEmbedder(embeddingGenerator, this.options.EmbeddingBatchSize);
        keywordIndex = new Bm25Index(this.options.Bm25);
        Mode = embeddingGenerator is null ? KnowledgeSearchMode.Keyword : KnowledgeSearchMode.Hybrid;
    }

    public KnowledgeSearchMode Mode { get; }

    public DocumentChunker Chunker { get; }

    /// <summary>
    /// Chunks the document and indexes it, replacing any earlier version with the same id in its
    /// tenant. Returns the chunks so a store can persist them.
    /// </summary>
    public async Task<IReadOnlyList<KnowledgeChunk>> AddAsync(KnowledgeDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Id, nameof(document));
        ArgumentException.ThrowIfNullOrWhiteSpace(document.TenantId, nameof(document));
        var chunks = Chunker.Chunk(document);
        await IndexDocumentAsync(document.TenantId, document.Id, chunks, cancellationToken).ConfigureAwait(false);
        return chunks;
    }

    /// <summary>
    /// Indexes already-cut chunks (for example loaded from a store), replacing whatever was indexed
    /// for the document; in hybrid mode the chunks are embedded first.
    /// </summary>
    public async Task IndexDocumentAsync(string tenantId, string documentId, IReadOnlyList<KnowledgeChunk> chunks, CancellationToken cancellationToken = default)
    {
        // Checked before the embedding generator is called, not only by IndexDocument after it.
        KnowledgeArguments.ThrowIfNotOwnedBy(tenantId, documentId, chunks);
        IndexDocument(tenantId, documentId, await EmbedAsync(chunks, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Embeds chunks without indexing them, for a later <see cref="IndexDocument"/>: a store can call the
    /// embedding generator before its transaction and make the document searchable once its rows are
    /// committed. In keyword mode nothing is called and the vectors are empty.
    /// </summary>
    public async Task<IReadOnlyList<EmbeddedChunk>> EmbedAsync(IReadOnlyList<KnowledgeChunk> chunks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        return embedder is null
            ? [.. chunks.Select(static chunk => new EmbeddedChunk(chunk, ReadOnlyMemory<float>.Empty))]
            : await embedder.EmbedAsync(chunks, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Indexes chunks whose vectors a store kept or <see cref="EmbedAsync"/> made, without calling the embedding generator.</summary>
    public void IndexDocument(string tenantId, string documentId, IReadOnlyList<EmbeddedChunk> chunks)
    {
        KnowledgeArguments.ThrowIfNotOwnedBy(tenantId, documentId, chunks, static embedded => embedded.Chunk);
        Replace(tenantId, documentId, chunks.Select(embedded => embedded.Chunk).ToList(), embedder is null ? null : chunks);
    }

    /// <summary>Removes a document from the tenant's knowledge base; false when it was not there.</summary>
    public bool Remove(string tenantId, string documentId)
    {
        lock (writeGate)
        {
            var fromKeyword = keywordIndex.RemoveDocument(tenantId, documentId);
            var fromVector = vectorIndex.RemoveDocument(tenantId, documentId);
            return fromKeyword || fromVector;
        }
    }

    /// <summary>The tenant's <paramref name="top"/> best chunks for the query, best first, each with an excerpt.</summary>
    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string tenantId, string query, int top, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var queryTerms = KnowledgeTextAnalyzer.Terms(query).ToHashSet(StringComparer.Ordinal);
        var candidates = Math.Max(top, options.CandidateCount);
        var keyword = keywordIndex.Search(tenantId, queryTerms, Mode == KnowledgeSearchMode.Keyword ? top : candidates);
        if (embeddingGenerator is null)
        {
            return keyword
                .Select(hit => new KnowledgeHit(hit.Chunk, hit.Score, KnowledgeRetrievers.Keyword, ExcerptBuilder.Build(hit.Chunk.Text, queryTerms))
                {
                    KeywordScore = hit.Score,
                })
                .ToList();
        }

        var queryVector = await embeddingGenerator.GenerateVectorAsync(query, cancellationToken: cancellationToken).ConfigureAwait(false);
        var vector = vectorIndex.Search(tenantId, queryVector.Span, candidates, options.MinimumVectorSimilarity);
        return Fuse(keyword, vector, queryTerms, top);
    }

    private List<KnowledgeHit> Fuse(IReadOnlyList<ScoredChunk> keyword, IReadOnlyList<ScoredChunk> vector, HashSet<string> queryTerms, int top)
    {
        var keywordByKey = keyword.ToDictionary(hit => KnowledgeChunkKey.Of(hit.Chunk));
        var vectorByKey = vector.ToDictionary(hit => KnowledgeChunkKey.Of(hit.Chunk));
        IReadOnlyList<IReadOnlyList<KnowledgeChunkKey>> rankings =
        [
            keyword.Select(hit => KnowledgeChunkKey.Of(hit.Chunk)).ToList(),
            vector.Select(hit => KnowledgeChunkKey.Of(hit.Chunk)).ToList(),
        ];
        return ReciprocalRankFusion.Fuse(rankings, options.FusionK)
            .Take(top)
            .Select(fused =>
            {
                var fromKeyword = keywordByKey.GetValueOrDefault(fused.Key);
                var fromVector = vectorByKey.GetValueOrDefault(fused.Key);
                var chunk = (fromKeyword ?? fromVector)!.Chunk;
                var matchedBy = (fromKeyword is null ? KnowledgeRetrievers.None : KnowledgeRetrievers.Keyword)
                    | (fromVector is null ? KnowledgeRetrievers.None : KnowledgeRetrievers.Vector);
                return new KnowledgeHit(chunk, fused.Value, matchedBy, ExcerptBuilder.Build(chunk.Text, queryTerms))
                {
                    KeywordScore = fromKeyword?.Score,
                    VectorSimilarity = fromVector?.Score,
                };
            })
            .ToList();
    }

    private void Replace(string tenantId, string documentId, IReadOnlyList<KnowledgeChunk> chunks, IReadOnlyList<EmbeddedChunk>? embedded)
    {
        lock (writeGate)
        {
            keywordIndex.ReplaceDocument(tenantId, documentId, chunks);
            if (embedded is not null)
            {
                vectorIndex.ReplaceDocument(tenantId, documentId, embedded);
            }
        }
    }
}
