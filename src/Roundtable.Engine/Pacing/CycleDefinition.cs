namespace Roundtable.Engine.Pacing;

/// <summary>
/// How a business's conversations are spaced in time. Concrete kinds are
/// <see cref="ClassicCycleDefinition"/> and <see cref="AlignedCycleDefinition"/>; each validates
/// itself and creates its <see cref="ICyclePlanner"/>.
/// </summary>
public abstract record CycleDefinition
{
    private protected CycleDefinition()
    {
    }

    /// <summary>The number of messages in each conversation.</summary>
    public abstract int MessagesPerConversation { get; init; }

    /// <summary>Throws when a setting is out of range or the settings contradict each other.</summary>
    /// <exception cref="ArgumentException">The definition is invalid; the message says which setting and why.</exception>
    public abstract void Validate();

    /// <summary>Validates the definition and creates its planner.</summary>
    /// <exception cref="ArgumentException">The definition is invalid.</exception>
    public abstract ICyclePlanner CreatePlanner();
}
