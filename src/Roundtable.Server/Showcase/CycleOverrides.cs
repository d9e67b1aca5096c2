namespace Roundtable.Server.Showcase;

/// <summary>Per-business cycle settings (stored as columns of the business); null means "use the Showcase default".</summary>
public sealed class CycleOverrides
{
    /// <summary>"classic" or "aligned".</summary>
    public string? Mode { get; set; }

    public TimeSpan? InitialDelay { get; set; }

    public TimeSpan? MessageInterval { get; set; }

    public int? MessagesPerConversation { get; set; }

    public TimeSpan? BreakDuration { get; set; }

    public TimeSpan? CycleLength { get; set; }

    public TimeSpan? GapMin { get; set; }

    public TimeSpan? GapMax { get; set; }
}
