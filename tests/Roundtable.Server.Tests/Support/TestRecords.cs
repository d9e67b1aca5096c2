using Roundtable.Server.Conversations;

namespace Roundtable.Server.Tests.Support;

/// <summary>Minimal valid rows, for tests that store data directly.</summary>
internal static class TestRecords
{
    public static Conversation Conversation(int businessId, int cycleIndex) => new()
    {
        BusinessId = businessId,
        Topic = "Constraints",
        CycleIndex = cycleIndex,
        PlannedStart = ShowcaseServer.Start,
        TotalMessages = 16,
        CreatedAt = ShowcaseServer.Start,
    };

    public static ConversationMessage Message(int conversationId, int number) => new()
    {
        ConversationId = conversationId,
        AgentName = "Business AI Assistant",
        AgentType = "business-assistant",
        Content = "A stored message.",
        MessageNumber = number,
        RoundNumber = 1,
        CreatedAt = ShowcaseServer.Start,
        PlannedAt = ShowcaseServer.Start,
        Provider = "Offline",
        Model = "roundtable-offline-1",
        IsOffline = true,
    };

    /// <summary>Stores a business and one conversation per slot; returns the conversations' ids.</summary>
    public static async Task<IReadOnlyList<int>> SeedConversationsAsync(TestDatabase database, params int[] cycleIndexes)
    {
        var businessId = (await database.SeedAsync(TestBusinesses.Create("Constraint Plumbing", credits: -1)))[0];
        await using var db = database.CreateContext();
        var conversations = cycleIndexes.Select(index => Conversation(businessId, index)).ToList();
        db.Conversations.AddRange(conversations);
        await db.SaveChangesAsync();
        return conversations.Select(c => c.Id).ToList();
    }
}
