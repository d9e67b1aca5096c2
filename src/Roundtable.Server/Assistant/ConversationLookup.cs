using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;

namespace Roundtable.Server.Assistant;

/// <summary>Finds a conversation by the id in the route within a scope; another application's (or user's) is "not found".</summary>
public static class ConversationLookup
{
    public static Task<AssistantConversation?> FindAsync(
        RoundtableDbContext db, Guid applicationId, string id, SessionExpiry expiry, CancellationToken cancellationToken) =>
        FindAsync(db, new ConversationScope(applicationId), id, expiry, cancellationToken);

    public static async Task<AssistantConversation?> FindAsync(
        RoundtableDbContext db, ConversationScope scope, string id, SessionExpiry expiry, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out var conversationId) ? await FindAsync(db, scope, conversationId, expiry, cancellationToken) : null;

    public static async Task<AssistantConversation?> FindAsync(
        RoundtableDbContext db, ConversationScope scope, Guid conversationId, SessionExpiry expiry, CancellationToken cancellationToken)
    {
        var query = db.AssistantConversations.Where(c => c.Id == conversationId && c.ApplicationId == scope.ApplicationId);
        if (scope.UserId is { } userId)
        {
            query = query.Where(c => c.UserId == userId);
        }

        var conversation = await query.FirstOrDefaultAsync(cancellationToken);
        if (conversation is not null && expiry.EndIfExpired(conversation))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return conversation;
    }

    public static string NotFoundDetail(string id) => $"There is no conversation '{id}'.";
}
