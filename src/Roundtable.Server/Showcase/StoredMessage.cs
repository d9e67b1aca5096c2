using Roundtable.Server.Conversations;

namespace Roundtable.Server.Showcase;

/// <summary>
/// A fresh row for a written message. Writes build their rows anew on every attempt, so a rolled-back
/// batch never leaves an id on the message kept in memory.
/// </summary>
internal static class StoredMessage
{
    public static ConversationMessage Of(ConversationMessage message, int conversationId, DateTimeOffset? publishedAt) => new()
    {
        ConversationId = conversationId,
        AgentName = message.AgentName,
        AgentType = message.AgentType,
        Content = message.Content,
        MessageNumber = message.MessageNumber,
        RoundNumber = message.RoundNumber,
        CreatedAt = message.CreatedAt,
        PlannedAt = message.PlannedAt,
        PublishedAt = publishedAt,
        Provider = message.Provider,
        Model = message.Model,
        IsOffline = message.IsOffline,
        InputTokens = message.InputTokens,
        OutputTokens = message.OutputTokens,
        LatencyMs = message.LatencyMs,
        TimeToFirstTokenMs = message.TimeToFirstTokenMs,
        CostUsd = message.CostUsd,
        FellBack = message.FellBack,
        FallbackReason = message.FallbackReason,
        CitationsJson = message.CitationsJson,
    };
}
