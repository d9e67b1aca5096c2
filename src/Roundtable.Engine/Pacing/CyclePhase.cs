namespace Roundtable.Engine.Pacing;

/// <summary>Where a business's conversation cycle stands at a given instant.</summary>
public enum CyclePhase
{
    /// <summary>The clock has started but the first conversation has not begun yet.</summary>
    Waiting,

    /// <summary>A conversation is running: its messages are being published.</summary>
    Active,

    /// <summary>The latest conversation has completed; the next one has not started.</summary>
    Break,
}
