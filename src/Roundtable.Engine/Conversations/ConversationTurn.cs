using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Conversations;

/// <summary>One message of a conversation, by an agent or a person.</summary>
public sealed record ConversationTurn
{
    /// <summary>1-based position in the conversation.</summary>
    public required int Number { get; init; }

    /// <summary>The agent id, or a person's id.</summary>
    public required string SpeakerId { get; init; }

    public required string SpeakerName { get; init; }

    public required string Text { get; init; }

    public bool IsHuman { get; init; }

    /// <summary>Who produced an agent's message; null for a person.</summary>
    public MessageProducer? Producer { get; init; }
}
