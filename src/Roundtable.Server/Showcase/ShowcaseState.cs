namespace Roundtable.Server.Showcase;

/// <summary>What a visitor's widget shows for one business; sent as <c>state_update</c> (seed 000's field names).</summary>
public sealed record ShowcaseState
{
    public required int BusinessId { get; init; }

    public required string Status { get; init; }

    public bool ConversationActive => Status == ShowcaseStatus.Active;

    public int MessageCount { get; init; }

    public int TotalMessages { get; init; }

    public int? CurrentConversationId { get; init; }

    public string? Topic { get; init; }

    /// <summary>When the next conversation starts; null while paused.</summary>
    public DateTimeOffset? NextConversationTime { get; init; }

    /// <summary>The next message while active, otherwise the next conversation start.</summary>
    public DateTimeOffset? NextEventTime { get; init; }

    /// <summary>When the current phase began, so the widget can show progress through a wait.</summary>
    public DateTimeOffset? PhaseStartedAt { get; init; }

    public DateTimeOffset ServerTime { get; init; }
}
