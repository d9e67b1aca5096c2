using System.Collections.Concurrent;
using System.Numerics.Tensors;

namespace Roundtable.Engine.Knowledge;

/// <summary>
/// In-memory cosine-similarity index over embedded chunks, partitioned by tenant like
/// <see cref="Bm25Index"/> and maintained per document the same way. Vectors come from
/// <see cref="ChunkEmbedder"/> or from a store that persisted them.
/// </summary>
public sealed class VectorIndex
{
    private readonly ConcurrentDictionary<string, VectorTenantIndex> tenants = new(StringComparer.Ordinal);

    /// <summary>Replaces everything indexed for the document; every chunk must belong to the given tenant and document.</summary>
    public void ReplaceDocument(string tenantId, string documentId, IReadOnlyList<EmbeddedChunk> chunks)
    {
        KnowledgeArguments.ThrowIfNotOwnedBy(tenantId, documentId, chunks, static embedded => embedded.Chunk);
        var entries = chunks.Select(embedded => new VectorEntry(embedded.Chunk, ToUnit(embedded.Vector.Span))).ToList();
        tenants.GetOrAdd(tenantId, static _ => new VectorTenantIndex()).ReplaceDocument(documentId, entries);
    }

    /// <summary>Removes a document's vectors; false when the tenant had no such document.</summary>
    public bool RemoveDocument(string tenantId, string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        return tenants.TryGetValue(tenantId, out var tenant) && tenant.RemoveDocument(documentId);
    }

    /// <summary>Chunks indexed for the tenant.</summary>
    public int CountChunks(string tenantId) =>
        tenants.TryGetValue(tenantId, out var tenant) ? tenant.ChunkCount : 0;

    /// <summary>
    /// The tenant's <paramref name="top"/> chunks most similar to the query vector, best first, with
    /// cosine similarity as the score; chunks at or below <paramref name="minimumSimilarity"/> are left out.
    /// </summary>
    public IReadOnlyList<ScoredChunk> Search(string tenantId, ReadOnlySpan<float> queryVector, int top, double minimumSimilarity = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var unitQuery = ToUnit(queryVector);
        return tenants.TryGetValue(tenantId, out var tenant) ? tenant.Search(unitQuery, top, minimumSimilarity) : [];
    }

    // A zero vector stays zero: it is similar to nothing rather than a division by zero.
    private static float[] ToUnit(ReadOnlySpan<float> vector)
    {
        var unit = vector.ToArray();
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(unit, norm, unit);
        }

        return unit;
    }
}
