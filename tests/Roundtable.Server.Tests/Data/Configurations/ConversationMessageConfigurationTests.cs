using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Data.Configurations;

/// <summary>The database itself, not only the writer, refuses a second copy of a message.</summary>
public sealed class ConversationMessageConfigurationTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SaveChanges_DuplicateConversationAndMessageNumber_RejectedByDatabase(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var conversationId = (await TestRecords.SeedConversationsAsync(database, 0))[0];
        await using (var first = database.CreateContext())
        {
            first.ConversationMessages.Add(TestRecords.Message(conversationId, number: 1));
            await first.SaveChangesAsync();
        }

        await using var second = database.CreateContext();
        second.ConversationMessages.Add(TestRecords.Message(conversationId, number: 1));
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());

        UniqueViolation.AssertRaisedBy(kind, failure);
        await using var check = database.CreateContext();
        Assert.Equal(1, await check.ConversationMessages.CountAsync(m => m.ConversationId == conversationId));
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SaveChanges_SameMessageNumberInAnotherConversation_Accepted(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var ids = await TestRecords.SeedConversationsAsync(database, 0, 1);
        await using var db = database.CreateContext();
        db.ConversationMessages.AddRange(TestRecords.Message(ids[0], number: 1), TestRecords.Message(ids[1], number: 1));

        Assert.Equal(2, await db.SaveChangesAsync());
    }
}
