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

    public async Task<StoredDocument> AddAsync(RoundtableDbContext db, Guid applicationId, NewDocument document, CancellationToken cancellationToken)
    {
        var stored = new StoredDocument
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            ApplicationId = applicationId,
            Title = document.Title,
            Category = document.Category,
            Content = document.Content,
            MetadataJson = document.MetadataJson,
            CreatedAt = timeProvider.GetUtcNow(),
        };
        var chunks = retriever.Chunker.Chunk(ToEngine(stored));
        stored.Chunks = [.. chunks.Select(ToStored)];
        db.KnowledgeDocuments.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        await retriever.IndexDocumentAsync(stored.ApplicationId.ToString(), stored.Id.ToString(), chunks, cancellationToken);
        return stored;
    }

    public Task<IReadOnlyList<KnowledgeHit>> SearchAsync(Guid applicationId, string query, int top, CancellationToken cancellationToken) =>
        retriever.SearchAsync(applicationId.ToString(), query, top, cancellationToken);

    /// <summary>Indexes every stored document again, from its stored chunks.</summary>
    public async Task<int> RebuildAsync(RoundtableDbContext db, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var document in db.KnowledgeDocuments.AsNoTracking().Include(d => d.Chunks).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var chunks = document.Chunks.OrderBy(c => c.Index).Select(c => ToEngine(document, c)).ToList();
            await retriever.IndexDocumentAsync(document.ApplicationId.ToString(), document.Id.ToString(), chunks, cancellationToken);
            count++;
        }

        return count;
    }

    private static KnowledgeDocument ToEngine(StoredDocument d) => new(d.Id.ToString(), d.ApplicationId.ToString(), d.Title, d.Content);

    private static KnowledgeChunk ToEngine(StoredDocument d, StoredChunk c) =>
        new(d.Id.ToString(), d.ApplicationId.ToString(), c.Index, d.Title, c.Text, c.StartOffset, c.EndOffset, c.TokenCount);

    private static StoredChunk ToStored(KnowledgeChunk c) => new()
    {
        Index = c.Index,
        Text = c.Text,
        StartOffset = c.StartOffset,
        EndOffset = c.EndOffset,
        TokenCount = c.TokenCount,
    };
}
