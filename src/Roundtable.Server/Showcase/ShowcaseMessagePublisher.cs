using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>
/// Makes written messages public when they fall due, in order, each exactly once: the flag is set
/// by a conditional update, stamped with the time of that update, and only the writer that set it
/// announces the message, once its transaction committed.
/// </summary>
public sealed class ShowcaseMessagePublisher(ShowcaseWriteQueue writes, IShowcaseBroadcaster broadcaster, TimeProvider timeProvider)
{
    /// <summary>Publishes the written messages numbered up to <paramref name="due"/>; with <paramref name="complete"/>, also completes the conversation.</summary>
    public async Task PublishAsync(ConversationRun run, int due, bool complete, CancellationToken cancellationToken)
    {
        var conversationId = run.ConversationId ?? throw new InvalidOperationException("A draft cannot be published.");
        var messages = run.Unpublished().Where(m => m.MessageNumber <= due).ToList();
        if (messages.Count == 0 && !complete)
        {
            return;
        }

        var published = await writes.WriteAsync((db, token) => PublishAsync(db, conversationId, messages, complete, token));
        run.PublishedUpTo(due);
        foreach (var message in published)
        {
            await broadcaster.MessagePublishedAsync(run.Business.Id, ShowcaseMessageView.From(message), cancellationToken);
        }
    }

    private async Task<IReadOnlyList<ConversationMessage>> PublishAsync(RoundtableDbContext db, int conversationId,
        IReadOnlyList<ConversationMessage> messages, bool complete, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var published = new List<ConversationMessage>(messages.Count);
        foreach (var message in messages)
        {
            var id = message.Id;
            var updated = await db.ConversationMessages
                .Where(m => m.Id == id && m.PublishedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.PublishedAt, now), cancellationToken);
            if (updated == 1)
            {
                var row = StoredMessage.Of(message, conversationId, now);
                row.Id = id;
                published.Add(row);
            }
        }

        if (complete)
        {
            await db.Conversations
                .Where(c => c.Id == conversationId && c.Status == ConversationStatus.Active)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(c => c.Status, ConversationStatus.Completed)
                    .SetProperty(c => c.CompletedAt, now), cancellationToken);
        }

        return published;
    }
}
