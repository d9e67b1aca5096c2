using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Conversations;

namespace Roundtable.Server.Tests.Support;

/// <summary>What the database holds for a business, read outside the server (it may be stopped).</summary>
internal static class StoredShowcase
{
    /// <summary>The business's conversations in slot order, each with its messages in number order.</summary>
    public static async Task<IReadOnlyList<Conversation>> ConversationsAsync(TestDatabase database, int businessId)
    {
        await using var db = database.CreateContext();
        var conversations = await db.Conversations.AsNoTracking()
            .Where(c => c.BusinessId == businessId)
            .Include(c => c.Messages)
            .ToListAsync();
        foreach (var conversation in conversations)
        {
            conversation.Messages = [.. conversation.Messages.OrderBy(m => m.MessageNumber)];
        }

        return [.. conversations.OrderBy(c => c.CycleIndex)];
    }

    public static async Task<int> CreditsAsync(TestDatabase database, int businessId)
    {
        await using var db = database.CreateContext();
        return await db.Businesses.Where(b => b.Id == businessId).Select(b => b.Credits).SingleAsync();
    }
}
