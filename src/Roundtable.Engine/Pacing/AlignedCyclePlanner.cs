namespace Roundtable.Engine.Pacing;

/// <summary>
/// Plans an <see cref="AlignedCycleDefinition"/>: conversation n starts at the Unix epoch + n ×
/// CycleLength, its gaps are drawn from a <see cref="SplitMix64"/> seeded by the definition's seed
/// and the boundary's UTC ticks, and it completes with its last message.
/// </summary>
public sealed class AlignedCyclePlanner : ICyclePlanner
{
    private readonly long cycleTicks;
    private readonly long gapMinTicks;
    private readonly ulong gapSpreadMilliseconds;

    /// <exception cref="ArgumentException">The definition is invalid.</exception>
    public AlignedCyclePlanner(AlignedCycleDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Validate();
        Definition = definition;
        cycleTicks = definition.CycleLength.Ticks;
        gapMinTicks = definition.GapMin.Ticks;
        // Whole milliseconds keep every planned time exact and easy to read in logs.
        gapSpreadMilliseconds = (ulong)((definition.GapMax - definition.GapMin).Ticks / TimeSpan.TicksPerMillisecond);
    }

    public AlignedCycleDefinition Definition { get; }

    public ConversationPlan FirstConversation(DateTimeOffset anchor) => Plan(FirstIndex(anchor));

    public ConversationPlan PlanConversation(DateTimeOffset anchor, int index)
    {
        var first = FirstIndex(anchor);
        if (index < first)
        {
            throw new ArgumentOutOfRangeException(
                nameof(index), index, $"Conversation {index} starts before the anchor {anchor:O}; the first is {first}.");
        }

        return Plan(index);
    }

    public ConversationPlan NextConversationAtOrAfter(DateTimeOffset anchor, DateTimeOffset time) =>
        Plan(Math.Max(FirstIndex(anchor), BoundaryAtOrAfter(time)));

    public CycleMoment At(DateTimeOffset anchor, DateTimeOffset time) => CycleMomentResolver.Resolve(this, anchor, time);

    private long FirstIndex(DateTimeOffset anchor) => BoundaryAtOrAfter(anchor);

    private long BoundaryAtOrAfter(DateTimeOffset time)
    {
        var sinceEpoch = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        // Ceiling division that also holds for instants before the epoch.
        var quotient = Math.DivRem(sinceEpoch, cycleTicks, out var remainder);
        return remainder > 0 ? quotient + 1 : quotient;
    }

    private ConversationPlan Plan(long index)
    {
        var start = DateTimeOffset.UnixEpoch.AddTicks(checked(index * cycleTicks));
        var random = new SplitMix64(SplitMix64.Mix(SplitMix64.Mix(unchecked((ulong)Definition.Seed)) ^ unchecked((ulong)start.UtcTicks)));
        var times = new DateTimeOffset[Definition.MessagesPerConversation];
        times[0] = start;
        for (var k = 1; k < times.Length; k++)
        {
            var gapTicks = gapMinTicks + (long)random.NextInclusive(gapSpreadMilliseconds) * TimeSpan.TicksPerMillisecond;
            times[k] = times[k - 1].AddTicks(gapTicks);
        }

        return new ConversationPlan(checked((int)index), start, times, times[^1], start.AddTicks(cycleTicks));
    }
}
