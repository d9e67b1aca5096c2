namespace Roundtable.Server.Tests.Crash;

/// <summary>One life of the server between a start and its SIGKILL.</summary>
internal sealed record CrashRun(
    int Number,
    string KilledWhen,
    bool GivenTimeToProgress,
    DateTimeOffset StartedAt,
    DateTimeOffset HealthyAt,
    DateTimeOffset KilledAt,
    int PublishedBefore,
    int PublishedAfter,
    int PublishedDuringRun,
    int CompletedDuringRun,
    int Conversations)
{
    /// <summary>Whether the cycle moved on while this run lived: something published or completed.</summary>
    public bool Progressed => PublishedDuringRun > 0 || CompletedDuringRun > 0;

    public override string ToString() =>
        $"run {Number}: healthy after {(HealthyAt - StartedAt).TotalSeconds:F1} s, killed {KilledWhen} after {(KilledAt - StartedAt).TotalSeconds:F1} s; "
        + $"published {PublishedBefore} → {PublishedAfter} ({PublishedDuringRun} during this run), "
        + $"{CompletedDuringRun} conversations completed during it; {Conversations} conversations";
}
