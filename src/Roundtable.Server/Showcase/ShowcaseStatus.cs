namespace Roundtable.Server.Showcase;

/// <summary>The states a business's live widget shows (seed 000's upper-case status values, plus PAUSED).</summary>
public static class ShowcaseStatus
{
    public const string Waiting = "WAITING";
    public const string Active = "ACTIVE";
    public const string Break = "BREAK";

    /// <summary>Out of credits: no conversation is scheduled until credits are added.</summary>
    public const string Paused = "PAUSED";
}
