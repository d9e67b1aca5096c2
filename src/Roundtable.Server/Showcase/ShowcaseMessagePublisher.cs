using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>
/// Makes written messages public when they fall due, in order, each exactly once: the flag is set
/// with a conditional update, and only the caller that set it announces the message.
/// </summary>
public sealed class ShowcaseMessagePublisher(
    IRoundtableDbContextFactory contexts, ShowcaseMessageWriter writer, IShowcaseBroadcaster broadcaster)
{
    public async Task PublishDueAsync(ConversationWork work, int due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (due <= 0)
        {
            return;
        }

        var written = await writer.EnsureWrittenAsync(work, due, cancellationToken);
        await using var db = contexts.CreateDbContext();
        foreach (var message in written.Where(m => m.MessageNumber <= due && m.PublishedAt is null))
        {
            var published = await db.ConversationMessages
                .Where(m => m.Id == message.Id && m.PublishedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.PublishedAt, now), cancellationToken);
            if (published == 1)
            {
                message.PublishedAt = now;
                await broadcaster.MessagePublishedAsync(work.Business.Id, ShowcaseMessageView.From(message), cancellationToken);
            }
        }
    }

    public async Task CompleteAsync(int conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await db.Conversations
            .Where(c => c.Id == conversationId && c.Status == ConversationStatus.Active)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.Status, ConversationStatus.Completed)
                .SetProperty(c => c.CompletedAt, now), cancellationToken);
    }
}
