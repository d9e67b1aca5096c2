using Roundtable.Engine.Agents;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;

namespace Roundtable.Browser.Tests.Support;

/// <summary>Writes conversations straight into the database, as the Showcase would have stored them.</summary>
internal static class ConversationSeed
{
    public const int BusinessId = 1;

    public static async Task<Conversation> AddAsync(RoundtableDbContext db, int cycleIndex, string status, string topic,
        IReadOnlyList<string> published, IReadOnlyList<string>? unpublished = null)
    {
        var start = ShowcaseServer.Start.AddMinutes(cycleIndex * 30);
        var conversation = new Conversation
        {
            BusinessId = BusinessId,
            Topic = topic,
            Status = status,
            CycleIndex = cycleIndex,
            PlannedStart = start,
            Seed = cycleIndex,
            TotalMessages = 16,
            CreatedAt = start,
            CompletedAt = status == ConversationStatus.Completed ? start.AddMinutes(16) : null,
        };
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync();

        var contents = published.Select(c => (Content: c, Published: true))
            .Concat((unpublished ?? []).Select(c => (Content: c, Published: false)))
            .ToList();
        for (var i = 0; i < contents.Count; i++)
        {
            db.ConversationMessages.Add(Message(conversation.Id, i + 1, contents[i].Content, start.AddMinutes(i), contents[i].Published));
        }

        await db.SaveChangesAsync();
        return conversation;
    }

    public static ConversationMessage Message(int conversationId, int number, string content, DateTimeOffset at, bool published)
    {
        var agent = ShowcaseAgents.Default[(number - 1) % ShowcaseAgents.Default.Count];
        var offline = number % 2 == 1;
        return new ConversationMessage
        {
            ConversationId = conversationId,
            AgentName = agent.Name,
            AgentType = agent.Id,
            Content = content,
            MessageNumber = number,
            RoundNumber = (number - 1) / 4 + 1,
            CreatedAt = at,
            PlannedAt = at,
            PublishedAt = published ? at : null,
            Provider = offline ? "Offline" : agent.ProviderChain[0],
            Model = offline ? "roundtable-offline-1" : "test-model-1",
            IsOffline = offline,
        };
    }
}
