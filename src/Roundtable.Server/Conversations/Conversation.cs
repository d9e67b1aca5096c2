namespace Roundtable.Server.Conversations;

/// <summary>
/// One stored conversation (seed 000's <c>conversation</c> table). For the Showcase,
/// <see cref="CycleIndex"/> names the planned slot; (business, slot) is unique, so a slot can
/// never produce two conversations.
/// </summary>
public sealed class Conversation
{
    public int Id { get; set; }

    public int BusinessId { get; set; }

    public string? Topic { get; set; }

    public string Status { get; set; } = ConversationStatus.Active;

    /// <summary>The conversation's slot in its business's cycle (see Pacing).</summary>
    public int CycleIndex { get; set; }

    public DateTimeOffset PlannedStart { get; set; }

    /// <summary>Seed for the offline model, so the conversation can be reproduced.</summary>
    public long Seed { get; set; }

    public int TotalMessages { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public List<ConversationMessage> Messages { get; set; } = [];
}
