using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;

namespace Roundtable.Server.Pages.Shared;

/// <summary>Completed conversations, newest first, with their published message counts.</summary>
public static class ArchiveListing
{
    public static Task<int> CountAsync(RoundtableDbContext db, CancellationToken cancellationToken) =>
        Completed(db, null).CountAsync(cancellationToken);

    public static Task<List<ArchiveListItem>> PageAsync(RoundtableDbContext db, int? businessId, int skip, int take,
        CancellationToken cancellationToken) =>
        Completed(db, businessId)
            .OrderByDescending(c => c.CompletedAt).ThenByDescending(c => c.Id)
            .Skip(skip).Take(take)
            .Join(db.Businesses, c => c.BusinessId, b => b.Id, (c, b) => new ArchiveListItem(
                c.Id,
                c.Topic ?? "Untitled conversation",
                b.Id,
                b.Name,
                c.CompletedAt,
                db.ConversationMessages.Count(m => m.ConversationId == c.Id && m.PublishedAt != null)))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

    private static IQueryable<Conversation> Completed(RoundtableDbContext db, int? businessId) => db.Conversations
        .Where(c => c.Status == ConversationStatus.Completed && (businessId == null || c.BusinessId == businessId));
}
