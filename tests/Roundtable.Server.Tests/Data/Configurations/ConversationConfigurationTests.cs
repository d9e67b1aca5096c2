using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Data.Configurations;

/// <summary>The database itself refuses a second conversation for one business's slot.</summary>
public sealed class ConversationConfigurationTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SaveChanges_SecondConversationForSameSlot_RejectedByDatabase(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var existing = (await TestRecords.SeedConversationsAsync(database, 3))[0];
        await using var db = database.CreateContext();
        var businessId = await db.Conversations.Where(c => c.Id == existing).Select(c => c.BusinessId).SingleAsync();

        db.Conversations.Add(TestRecords.Conversation(businessId, cycleIndex: 3));
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        UniqueViolation.AssertRaisedBy(kind, failure);
    }
}
