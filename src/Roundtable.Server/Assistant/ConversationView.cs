using System.Text.Json;

namespace Roundtable.Server.Assistant;

/// <summary>A conversation as the API shows it.</summary>
public sealed record ConversationView(
    Guid Id, string? UserId, string State, string? EndedReason, ConversationConfigView Config, JsonElement Metadata,
    int MessageCount, DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt, DateTimeOffset? ExpiresAt, DateTimeOffset? EndedAt)
{
    public static ConversationView From(AssistantConversation c, SessionExpiry expiry) => new(
        c.Id, c.UserId, c.State, c.EndedReason,
        new ConversationConfigView(c.Model, c.Provider, c.Temperature, c.MaxTokens, c.EnableRag, c.TimeoutSeconds, c.ContextWindowTokens,
            c.PromptName, c.PromptVersion),
        JsonText.Parse(c.MetadataJson), c.MessageCount, c.CreatedAt, c.LastActivityAt, expiry.ExpiresAt(c), c.EndedAt);
}
