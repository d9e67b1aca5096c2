using System.ComponentModel.DataAnnotations;

namespace Roundtable.Server.Showcase;

/// <summary>Showcase defaults (section <c>Showcase</c>); each business may override the cycle settings.</summary>
public sealed record ShowcaseOptions
{
    public const string SectionName = "Showcase";

    /// <summary>"classic" (wait, 16 messages a minute apart, break) or "aligned" (start on every cycle boundary, random gaps).</summary>
    [RegularExpression("^(classic|aligned)$", ErrorMessage = "Showcase:Mode must be 'classic' or 'aligned'.")]
    public string Mode { get; init; } = "classic";

    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan MessageInterval { get; init; } = TimeSpan.FromMinutes(1);

    [Range(1, 64)]
    public int MessagesPerConversation { get; init; } = 16;

    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan CycleLength { get; init; } = TimeSpan.FromMinutes(30);

    public TimeSpan GapMin { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan GapMax { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How many messages may be generated ahead of the one being published.</summary>
    [Range(0, 16)]
    public int GenerationLookahead { get; init; } = 2;

    /// <summary>
    /// How many conversations are written ahead at once. Providers over the network mostly wait, so
    /// many can; the offline model is CPU-bound and is limited by the look-ahead's threads (all cores but one).
    /// </summary>
    [Range(1, 1024)]
    public int GenerationConcurrency { get; init; } = 16;

    /// <summary>How long before a conversation starts its first messages are written ahead (kept in memory until it starts).</summary>
    public TimeSpan PrepareAhead { get; init; } = TimeSpan.FromSeconds(30);

    [Range(10, 2000)]
    public int MinWords { get; init; } = 150;

    [Range(10, 2000)]
    public int MaxWords { get; init; } = 200;

    /// <summary>How many businesses are advanced at once when many are due together (the scheduler's workers).</summary>
    [Range(1, 256)]
    public int Parallelism { get; init; } = 16;

    /// <summary>Runs the scheduler; tests that only need the API switch it off.</summary>
    public bool Enabled { get; init; } = true;

    public bool SeedDemoData { get; init; } = true;
}
