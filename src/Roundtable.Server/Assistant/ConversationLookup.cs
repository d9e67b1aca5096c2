using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;

namespace Roundtable.Server.Assistant;

/// <summary>Finds an application's conversation by the id in the route; another application's is "not found".</summary>
public static class ConversationLookup
{
    public static async Task<AssistantConversation?> FindAsync(
        RoundtableDbContext db, Guid applicationId, string id, SessionExpiry expiry, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var conversationId))
        {
            return null;
        }

        var conversation = await db.AssistantConversations
            .FirstOrDefaultAsync(c => c.Id == conversationId && c.ApplicationId == applicationId, cancellationToken);
        if (conversation is not null && expiry.EndIfExpired(conversation))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return conversation;
    }

    public static string NotFoundDetail(string id) => $"There is no conversation '{id}'.";
}
