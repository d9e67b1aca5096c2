using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>A business's latest conversation and its published messages, for the widget and the polling API.</summary>
public sealed record LatestConversation(Conversation? Conversation, IReadOnlyList<ConversationMessage> PublishedMessages)
{
    public static async Task<LatestConversation> LoadAsync(RoundtableDbContext db, int businessId, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.AsNoTracking()
            .Where(c => c.BusinessId == businessId)
            .OrderByDescending(c => c.CycleIndex)
            .FirstOrDefaultAsync(cancellationToken);
        var messages = conversation is null
            ? []
            : await db.ConversationMessages.AsNoTracking()
                .Where(m => m.ConversationId == conversation.Id && m.PublishedAt != null)
                .OrderBy(m => m.MessageNumber)
                .ToListAsync(cancellationToken);
        return new LatestConversation(conversation, messages);
    }
}
