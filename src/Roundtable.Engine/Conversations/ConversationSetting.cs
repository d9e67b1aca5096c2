using Roundtable.Engine.Prompts;

namespace Roundtable.Engine.Conversations;

/// <summary>What a conversation is about and how long its messages should be.</summary>
public sealed record ConversationSetting
{
    public required string Topic { get; init; }

    public BusinessProfile? Business { get; init; }

    public IReadOnlyList<KnowledgeSnippet> Knowledge { get; init; } = [];

    public int TotalMessages { get; init; } = 16;

    public int MinWords { get; init; } = 150;

    public int MaxWords { get; init; } = 200;

    /// <summary>Seed for the offline model and any other randomness, so a conversation can be reproduced.</summary>
    public long Seed { get; init; }
}
