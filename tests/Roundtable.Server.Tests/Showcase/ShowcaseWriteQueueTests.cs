using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;
using Roundtable.Server.Showcase;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Showcase;

/// <summary>The Showcase's single writer: one transaction per batch, and a bad write that fails alone.</summary>
public sealed class ShowcaseWriteQueueTests
{
    private static readonly DateTimeOffset Now = ShowcaseServer.Start;

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task WriteAsync_OneWriteOfABatchConflicts_OnlyItFailsAndTheOthersCommitWithTheirIds(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var business = TestBusinesses.Create("Batch Plumbing", credits: -1, "Drains");
        await database.SeedAsync(business);
        var queue = new ShowcaseWriteQueue(new TestDatabaseContexts(database), NullLogger<ShowcaseWriteQueue>.Instance);

        // Queued before the writer runs, so all three land in its first batch; slot 1 twice breaks the unique (business, slot) index.
        var first = queue.WriteAsync((db, _) => Task.FromResult(Add(db, business.Id, slot: 1)));
        var conflicting = queue.WriteAsync((db, _) => Task.FromResult(Add(db, business.Id, slot: 1)), urgent: false);
        var other = queue.WriteAsync((db, _) => Task.FromResult(Add(db, business.Id, slot: 2)));
        await queue.StartAsync(CancellationToken.None);
        try
        {
            var stored = await first.WaitAsync(Eventually.Limit);
            await Assert.ThrowsAsync<DbUpdateException>(() => conflicting.WaitAsync(Eventually.Limit));
            var alsoStored = await other.WaitAsync(Eventually.Limit);

            var conversations = await StoredShowcase.ConversationsAsync(database, business.Id);
            Assert.Equal([1, 2], conversations.Select(c => c.CycleIndex));
            Assert.Equal([stored.Id, alsoStored.Id], conversations.Select(c => c.Id));
        }
        finally
        {
            await queue.StopAsync(CancellationToken.None);
        }
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task WriteAsync_AfterStop_FailsInsteadOfWaitingForever(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var queue = new ShowcaseWriteQueue(new TestDatabaseContexts(database), NullLogger<ShowcaseWriteQueue>.Instance);
        await queue.StartAsync(CancellationToken.None);
        await queue.StopAsync(CancellationToken.None);

        // Bounded, so that a write left waiting fails the test instead of hanging it.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.WriteAsync((_, _) => Task.FromResult(0)).WaitAsync(Eventually.Limit));
    }

    private static Conversation Add(RoundtableDbContext db, int businessId, int slot)
    {
        var conversation = new Conversation
        {
            BusinessId = businessId,
            Topic = "Drains",
            CycleIndex = slot,
            PlannedStart = Now,
            TotalMessages = 16,
            CreatedAt = Now,
        };
        db.Conversations.Add(conversation);
        return conversation;
    }
}
