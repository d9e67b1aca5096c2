namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// The sentence bank of one kind of speaker. Frames contain {slots} filled from the business,
/// the topic and the conversation; see <see cref="ContextSlots"/> for the slot names.
/// </summary>
internal sealed record RoleVoice
{
    public required SpeakerRole Role { get; init; }

    /// <summary>Sentences that move from the reaction to this speaker's own angle.</summary>
    public required IReadOnlyList<string> Bridges { get; init; }

    public required IReadOnlyList<VoiceTheme> Themes { get; init; }

    /// <summary>Concrete next steps: what to do, how to start this week.</summary>
    public required IReadOnlyList<string> Recommendations { get; init; }

    /// <summary>What result to expect, and when.</summary>
    public required IReadOnlyList<string> Outcomes { get; init; }

    /// <summary>A respectful caveat or risk.</summary>
    public required IReadOnlyList<string> Cautions { get; init; }

    /// <summary>What this speaker makes of a fact from the knowledge base.</summary>
    public required IReadOnlyList<string> KnowledgeUses { get; init; }

    /// <summary>Questions other speakers hand over to this kind of speaker ({next} is its name).</summary>
    public required IReadOnlyList<string> Invitations { get; init; }

    /// <summary>Slot-light advice for answering a person's question outside a roundtable.</summary>
    public required IReadOnlyList<string> Advice { get; init; }

    /// <summary>Subjects this speaker talks about, recognizable when another speaker replies.</summary>
    public required IReadOnlyList<KeyTerm> KeyTerms { get; init; }
}
