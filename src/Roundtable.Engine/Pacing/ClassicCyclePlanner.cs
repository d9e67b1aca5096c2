namespace Roundtable.Engine.Pacing;

/// <summary>
/// Plans a <see cref="ClassicCycleDefinition"/>: conversation n starts at
/// anchor + InitialDelay + n × (messages × interval + break), message k at start + k × interval,
/// and the conversation completes at start + messages × interval.
/// </summary>
public sealed class ClassicCyclePlanner : ICyclePlanner
{
    private readonly long intervalTicks;
    private readonly long activeTicks;
    private readonly long periodTicks;

    /// <exception cref="ArgumentException">The definition is invalid.</exception>
    public ClassicCyclePlanner(ClassicCycleDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Validate();
        Definition = definition;
        intervalTicks = definition.MessageInterval.Ticks;
        activeTicks = definition.MessagesPerConversation * intervalTicks;
        periodTicks = activeTicks + definition.BreakDuration.Ticks;
    }

    public ClassicCycleDefinition Definition { get; }

    /// <summary>The time from one conversation's start to the next's (21 minutes with the defaults).</summary>
    public TimeSpan Period => TimeSpan.FromTicks(periodTicks);

    public ConversationPlan FirstConversation(DateTimeOffset anchor) => Plan(anchor, 0);

    public ConversationPlan PlanConversation(DateTimeOffset anchor, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return Plan(anchor, index);
    }

    public ConversationPlan NextConversationAtOrAfter(DateTimeOffset anchor, DateTimeOffset time)
    {
        var elapsed = time.UtcTicks - FirstStart(anchor).UtcTicks;
        if (elapsed <= 0)
        {
            return Plan(anchor, 0);
        }

        var index = elapsed / periodTicks + (elapsed % periodTicks == 0 ? 0 : 1);
        return Plan(anchor, index);
    }

    public CycleMoment At(DateTimeOffset anchor, DateTimeOffset time) => CycleMomentResolver.Resolve(this, anchor, time);

    private DateTimeOffset FirstStart(DateTimeOffset anchor) => anchor.ToUniversalTime() + Definition.InitialDelay;

    private ConversationPlan Plan(DateTimeOffset anchor, long index)
    {
        var start = FirstStart(anchor).AddTicks(checked(index * periodTicks));
        var times = new DateTimeOffset[Definition.MessagesPerConversation];
        for (var k = 0; k < times.Length; k++)
        {
            times[k] = start.AddTicks(k * intervalTicks);
        }

        return new ConversationPlan(
            checked((int)index), start, times, start.AddTicks(activeTicks), start.AddTicks(periodTicks));
    }
}
