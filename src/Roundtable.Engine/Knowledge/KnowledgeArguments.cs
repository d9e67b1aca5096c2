namespace Roundtable.Engine.Knowledge;

/// <summary>Argument checks shared by the indexes; the tenant check is what keeps tenants apart.</summary>
internal static class KnowledgeArguments
{
    public static void ThrowIfNotOwnedBy<TChunk>(string tenantId, string documentId, IReadOnlyList<TChunk> chunks, Func<TChunk, KnowledgeChunk> chunkOf)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        ArgumentNullException.ThrowIfNull(chunks);
        var indexes = new HashSet<int>();
        foreach (var item in chunks)
        {
            var chunk = chunkOf(item);
            if (!indexes.Add(chunk.Index))
            {
                throw new ArgumentException($"Document '{documentId}' has chunk {chunk.Index} twice.", nameof(chunks));
            }

            if (!string.Equals(chunk.TenantId, tenantId, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Chunk {chunk.Index} of document '{chunk.DocumentId}' belongs to another tenant.", nameof(chunks));
            }

            if (!string.Equals(chunk.DocumentId, documentId, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Chunk {chunk.Index} belongs to document '{chunk.DocumentId}', not '{documentId}'.", nameof(chunks));
            }
        }
    }

    public static void ThrowIfNotOwnedBy(string tenantId, string documentId, IReadOnlyList<KnowledgeChunk> chunks) =>
        ThrowIfNotOwnedBy(tenantId, documentId, chunks, static chunk => chunk);
}
