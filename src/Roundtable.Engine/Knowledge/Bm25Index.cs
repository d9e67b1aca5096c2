using System.Collections.Concurrent;

namespace Roundtable.Engine.Knowledge;

/// <summary>
/// In-memory Okapi BM25 keyword index over <see cref="KnowledgeChunk"/> records, partitioned by
/// tenant: statistics are per tenant and a search only ever reads its own tenant's partition.
/// Maintained per document (<see cref="ReplaceDocument"/>, <see cref="RemoveDocument"/>), so a
/// store can rebuild it from persisted chunks at start-up and keep it current afterwards.
/// Safe for concurrent searches alongside occasional writes.
/// </summary>
public sealed class Bm25Index
{
    private readonly ConcurrentDictionary<string, Bm25TenantIndex> tenants = new(StringComparer.Ordinal);

    public Bm25Index(Bm25Parameters? parameters = null)
    {
        Parameters = parameters ?? new Bm25Parameters();
        Parameters.Validate();
    }

    public Bm25Parameters Parameters { get; }

    /// <summary>
    /// Replaces everything indexed for the document with <paramref name="chunks"/> (all of the
    /// document's chunks; none removes it). Every chunk must belong to the given tenant and document.
    /// </summary>
    public void ReplaceDocument(string tenantId, string documentId, IReadOnlyList<KnowledgeChunk> chunks)
    {
        KnowledgeArguments.ThrowIfNotOwnedBy(tenantId, documentId, chunks);
        var analyzed = chunks.Select(Bm25Entry.Analyze).ToList();
        tenants.GetOrAdd(tenantId, static _ => new Bm25TenantIndex()).ReplaceDocument(documentId, analyzed);
    }

    /// <summary>Removes a document's chunks; false when the tenant had no such document.</summary>
    public bool RemoveDocument(string tenantId, string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        return tenants.TryGetValue(tenantId, out var tenant) && tenant.RemoveDocument(documentId);
    }

    /// <summary>Chunks indexed for the tenant.</summary>
    public int CountChunks(string tenantId) =>
        tenants.TryGetValue(tenantId, out var tenant) ? tenant.ChunkCount : 0;

    /// <summary>The tenant's best <paramref name="top"/> chunks for the query, best first; only chunks sharing a term score.</summary>
    public IReadOnlyList<ScoredChunk> Search(string tenantId, string query, int top)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(query);
        return Search(tenantId, KnowledgeTextAnalyzer.Terms(query).ToHashSet(StringComparer.Ordinal), top);
    }

    internal List<ScoredChunk> Search(string tenantId, IReadOnlyCollection<string> queryTerms, int top)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        return queryTerms.Count > 0 && tenants.TryGetValue(tenantId, out var tenant)
            ? tenant.Search(queryTerms, top, Parameters)
            : [];
    }
}
