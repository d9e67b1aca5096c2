using Microsoft.EntityFrameworkCore;
using Roundtable.Engine.Knowledge;
using Roundtable.Server.Data;

namespace Roundtable.Server.Knowledge;

/// <summary>
/// Applications' knowledge: documents and chunks persisted in the database, searched through the
/// engine's in-memory <see cref="KnowledgeRetriever"/> (BM25, or hybrid when an embedding generator
/// is configured), which is rebuilt from the stored chunks at start.
/// </summary>
public sealed class KnowledgeBase(KnowledgeRetriever retriever, TimeProvider timeProvider)
{
    public KnowledgeSearchMode Mode => retriever.Mode;

    public Task<StoredDocument> AddAsync(RoundtableDbContext db, Guid applicationId, NewDocument document, CancellationToken cancellationToken) =>
        AddAsync(db, applicationId, scope: null, document, cancellationToken);

    /// <summary>Stores and indexes a document in one of the application's collections (see <see cref="StoredDocument.Scope"/>).</summary>
    public async Task<StoredDocument> AddAsync(RoundtableDbContext db, Guid applicationId, string? scope, NewDocument document, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(applicationId, scope, document, cancellationToken);
        db.KnowledgeDocuments.Add(prepared.Stored);
        await db.SaveChangesAsync(cancellationToken);
        Publish(prepared);
        return prepared.Stored;
    }

    /// <summary>
    /// Chunks and embeds a document without touching the database, so a caller saving it with other rows
    /// does the slow part (the embeddings call) before its save, not while holding the database's locks.
    /// </summary>
    public async Task<PreparedDocument> PrepareAsync(Guid applicationId, string? scope, NewDocument document, CancellationToken cancellationToken)
    {
        var stored = new StoredDocument
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            ApplicationId = applicationId,
            Scope = scope,
            Title = document.Title,
            Category = document.Category,
            Content = document.Content,
            MetadataJson = document.MetadataJson,
            CreatedAt = timeProvider.GetUtcNow(),
        };
        var chunks = retriever.Chunker.Chunk(ToEngine(stored));
        stored.Chunks = [.. chunks.Select(ToStored)];
        return new PreparedDocument(stored, await retriever.EmbedAsync(chunks, cancellationToken));
    }

    /// <summary>Makes a prepared document searchable; called once its rows are committed, so search never finds a document that was not saved.</summary>
    public void Publish(PreparedDocument document) => retriever.IndexDocument(TenantOf(document.Stored), document.Stored.Id.ToString(), document.Chunks);

    public Task<IReadOnlyList<KnowledgeHit>> SearchAsync(Guid applicationId, string query, int top, CancellationToken cancellationToken) =>
        SearchAsync(applicationId, scope: null, query, top, cancellationToken);

    public Task<IReadOnlyList<KnowledgeHit>> SearchAsync(Guid applicationId, string? scope, string query, int top, CancellationToken cancellationToken) =>
        retriever.SearchAsync(TenantOf(applicationId, scope), query, top, cancellationToken);

    /// <summary>Indexes every stored document again, from its stored chunks.</summary>
    public async Task<int> RebuildAsync(RoundtableDbContext db, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var document in db.KnowledgeDocuments.AsNoTracking().Include(d => d.Chunks).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var chunks = document.Chunks.OrderBy(c => c.Index).Select(c => ToEngine(document, c)).ToList();
            await retriever.IndexDocumentAsync(TenantOf(document), document.Id.ToString(), chunks, cancellationToken);
            count++;
        }

        return count;
    }

    // The engine's index is partitioned by tenant key; a scope is a partition of its own, so
    // application-wide search never sees scoped documents and vice versa.
    private static string TenantOf(StoredDocument d) => TenantOf(d.ApplicationId, d.Scope);

    private static string TenantOf(Guid applicationId, string? scope) => scope is null ? applicationId.ToString() : $"{applicationId}/{scope}";

    private static KnowledgeDocument ToEngine(StoredDocument d) => new(d.Id.ToString(), TenantOf(d), d.Title, d.Content);

    private static KnowledgeChunk ToEngine(StoredDocument d, StoredChunk c) =>
        new(d.Id.ToString(), TenantOf(d), c.Index, d.Title, c.Text, c.StartOffset, c.EndOffset, c.TokenCount);

    private static StoredChunk ToStored(KnowledgeChunk c) => new()
    {
        Index = c.Index,
        Text = c.Text,
        StartOffset = c.StartOffset,
        EndOffset = c.EndOffset,
        TokenCount = c.TokenCount,
    };
}
