using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>
/// Starts a planned conversation in one write: charges its credit, stores it with the messages drafted
/// ahead, and publishes those already due. A conflicting start (another node, or an earlier attempt)
/// fails on the unique (business, slot) index, and the whole write is undone.
/// </summary>
internal static class ConversationStarter
{
    /// <summary>The stored conversation with its messages; null when the business has no credit left.</summary>
    public static async Task<Conversation?> StartAsync(RoundtableDbContext db, ConversationRun draft, IReadOnlyList<ConversationMessage> drafted,
        int due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var businessId = draft.Business.Id;
        var charged = await db.Businesses
            .Where(b => b.Id == businessId && b.Credits != 0)
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.Credits, b => b.Credits < 0 ? b.Credits : b.Credits - 1), cancellationToken);
        if (charged == 0)
        {
            return null;
        }

        var conversation = new Conversation
        {
            BusinessId = businessId,
            Topic = draft.Topic,
            Status = ConversationStatus.Active,
            CycleIndex = draft.Plan.Index,
            PlannedStart = draft.Plan.StartsAt,
            Seed = draft.Seed,
            TotalMessages = draft.Plan.MessageCount,
            CreatedAt = now,
            Messages = [.. drafted.Select(m => StoredMessage.Of(m, 0, m.MessageNumber <= due ? now : null))],
        };
        // Saved with the rest of the write queue's batch.
        db.Conversations.Add(conversation);
        return conversation;
    }
}
