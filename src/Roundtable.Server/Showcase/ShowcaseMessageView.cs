using Roundtable.Engine.Agents;
using Roundtable.Server.Conversations;

namespace Roundtable.Server.Showcase;

/// <summary>A published message as visitors receive it (<c>new_message</c>, seed 000's fields plus the producer).</summary>
public sealed record ShowcaseMessageView(
    long Id,
    int ConversationId,
    string AgentName,
    string AgentType,
    string Content,
    int MessageNumber,
    int RoundNumber,
    DateTimeOffset Timestamp,
    string Provider,
    string Model,
    bool IsOffline,
    string AgentColor)
{
    public static ShowcaseMessageView From(ConversationMessage message) => new(
        message.Id,
        message.ConversationId,
        message.AgentName,
        message.AgentType,
        message.Content,
        message.MessageNumber,
        message.RoundNumber,
        message.PublishedAt ?? message.CreatedAt,
        message.Provider,
        message.Model,
        message.IsOffline,
        ShowcaseAgents.Default.FirstOrDefault(a => a.Id == message.AgentType)?.Color ?? "#6c757d");
}
