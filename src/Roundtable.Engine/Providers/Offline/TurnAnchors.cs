namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Where a laid-out turn can grow: the last sentence of each theme, of the opening and of the
/// closing. Extra sentences are inserted after these so that they land next to what they extend.
/// </summary>
internal sealed class TurnAnchors
{
    public ComposedMessage.Line? Opening { get; set; }

    public ComposedMessage.Line? FirstTheme { get; set; }

    public ComposedMessage.Line? SecondTheme { get; set; }

    /// <summary>The recommendation: outcomes follow it, before any hand-off.</summary>
    public ComposedMessage.Line? Recommendation { get; set; }

    /// <summary>Whether the speaker's bridge to their own angle is already in the turn.</summary>
    public bool HasBridge { get; set; }

    /// <summary>Whether the turn nods to a speaker before the previous one.</summary>
    public bool HasCallback { get; set; }

    /// <summary>Whether the turn already carries a caution.</summary>
    public bool HasCaution { get; set; }
}
