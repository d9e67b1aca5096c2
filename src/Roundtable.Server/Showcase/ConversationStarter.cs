using Microsoft.EntityFrameworkCore;
using Roundtable.Engine.Pacing;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>Starts a planned conversation and charges its credit in one transaction.</summary>
internal static class ConversationStarter
{
    /// <summary>The started (or already started) conversation; null when the business has no credit left.</summary>
    public static async Task<Conversation?> TryStartAsync(RoundtableDbContext db, Business business, ConversationPlan plan, string topic,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var charged = await db.Businesses
            .Where(b => b.Id == business.Id && b.Credits != 0)
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.Credits, b => b.Credits < 0 ? b.Credits : b.Credits - 1), cancellationToken);
        if (charged == 0)
        {
            return null;
        }

        var conversation = new Conversation
        {
            BusinessId = business.Id,
            Topic = topic,
            Status = ConversationStatus.Active,
            CycleIndex = plan.Index,
            PlannedStart = plan.StartsAt,
            Seed = SeedFor(business.Id, plan.Index),
            TotalMessages = plan.MessageCount,
            CreatedAt = now,
        };
        db.Conversations.Add(conversation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return conversation;
        }
        catch (DbUpdateException)
        {
            // Another node (or an earlier attempt) started this slot first: keep its conversation, undo our charge.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await db.Conversations.AsNoTracking()
                .FirstAsync(c => c.BusinessId == business.Id && c.CycleIndex == plan.Index, cancellationToken);
        }
    }

    /// <summary>A stable seed per business and slot, so the same conversation can be written again identically.</summary>
    private static long SeedFor(int businessId, int index) => (long)businessId * 1_000_003 + index;
}
