namespace Roundtable.Server.Conversations;

/// <summary>
/// One message (seed 000's <c>conversation_message</c>) plus what the engine records about how it
/// was produced. A message may be generated ahead of its planned time; it is public only once
/// <see cref="PublishedAt"/> is set. (conversation, message number) is unique.
/// </summary>
public sealed class ConversationMessage
{
    public long Id { get; set; }

    public int ConversationId { get; set; }

    public required string AgentName { get; set; }

    /// <summary>The agent's id, e.g. "seo-specialist" (seed 000's agent_type).</summary>
    public required string AgentType { get; set; }

    public required string Content { get; set; }

    public int MessageNumber { get; set; }

    public int RoundNumber { get; set; }

    /// <summary>When the message was stored (generated).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset PlannedAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public required string Provider { get; set; }

    public required string Model { get; set; }

    public bool IsOffline { get; set; }

    public long InputTokens { get; set; }

    public long OutputTokens { get; set; }

    public double LatencyMs { get; set; }

    public double? TimeToFirstTokenMs { get; set; }

    public decimal CostUsd { get; set; }

    public bool FellBack { get; set; }

    public string? FallbackReason { get; set; }

    /// <summary>Sources the provider cited, as JSON: [{"title","url","snippet"}].</summary>
    public string? CitationsJson { get; set; }
}
