namespace Roundtable.Engine.Pacing;

/// <summary>
/// The aligned cycle (seed 001): a conversation starts on every <see cref="CycleLength"/> boundary
/// counted from the Unix epoch (00:00, 00:30, 01:00 … for 30 minutes), and consecutive messages are
/// a random, whole-millisecond gap in [<see cref="GapMin"/>, <see cref="GapMax"/>] apart. The gaps
/// come from a generator seeded by <see cref="Seed"/> and the boundary, so every process computes
/// the same plan. After the last message the cycle is on a break until the next boundary.
/// </summary>
public sealed record AlignedCycleDefinition : CycleDefinition
{
    /// <summary>Distance between conversation starts; boundaries are multiples of it since the Unix epoch.</summary>
    public TimeSpan CycleLength { get; init; } = TimeSpan.FromMinutes(30);

    /// <inheritdoc />
    public override int MessagesPerConversation { get; init; } = 16;

    /// <summary>The shortest gap between consecutive messages.</summary>
    public TimeSpan GapMin { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest gap between consecutive messages.</summary>
    public TimeSpan GapMax { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Seeds the gap generator; give each business its own to vary the rhythm between them.</summary>
    public long Seed { get; init; }

    /// <inheritdoc />
    public override void Validate()
    {
        if (CycleLength <= TimeSpan.Zero)
        {
            throw new ArgumentException($"CycleLength must be positive (was {CycleLength}).", nameof(CycleLength));
        }

        if (MessagesPerConversation < 1)
        {
            throw new ArgumentException(
                $"MessagesPerConversation must be at least 1 (was {MessagesPerConversation}).", nameof(MessagesPerConversation));
        }

        if (GapMin <= TimeSpan.Zero)
        {
            throw new ArgumentException($"GapMin must be positive (was {GapMin}).", nameof(GapMin));
        }

        if (GapMin > GapMax)
        {
            throw new ArgumentException($"GapMin ({GapMin}) must not exceed GapMax ({GapMax}).", nameof(GapMin));
        }

        // The last message must be due before the next boundary even if every gap is the longest.
        var longestSpan = (Int128)(MessagesPerConversation - 1) * GapMax.Ticks;
        if (longestSpan > CycleLength.Ticks)
        {
            var needed = TimeSpan.FromTicks((long)Int128.Min(longestSpan, TimeSpan.MaxValue.Ticks));
            throw new ArgumentException(
                $"{MessagesPerConversation} messages with gaps of up to {GapMax} need up to {needed}, "
                + $"which does not fit in a CycleLength of {CycleLength}.",
                nameof(CycleLength));
        }
    }

    /// <inheritdoc />
    public override ICyclePlanner CreatePlanner() => new AlignedCyclePlanner(this);
}
