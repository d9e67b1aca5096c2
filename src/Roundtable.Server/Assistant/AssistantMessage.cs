namespace Roundtable.Server.Assistant;

/// <summary>A user or assistant message; (conversation, number) is unique, so a turn is stored once.</summary>
public sealed class AssistantMessage
{
    public long Id { get; set; }

    public Guid ConversationId { get; set; }

    public int Number { get; set; }

    /// <summary>"user" or "assistant".</summary>
    public required string Role { get; set; }

    public required string Content { get; set; }

    public required string MetadataJson { get; set; }

    /// <summary>Knowledge the answer was grounded in, as JSON: [{"document_id","title","excerpt"}].</summary>
    public string? CitationsJson { get; set; }

    public string? Provider { get; set; }

    public string? Model { get; set; }

    public bool IsOffline { get; set; }

    public long InputTokens { get; set; }

    public long OutputTokens { get; set; }

    public double LatencyMs { get; set; }

    public decimal CostUsd { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
