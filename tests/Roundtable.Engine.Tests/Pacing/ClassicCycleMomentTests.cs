using Roundtable.Engine.Pacing;

namespace Roundtable.Engine.Tests.Pacing;

public sealed class ClassicCycleMomentTests
{
    private static readonly DateTimeOffset Anchor = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly ICyclePlanner planner = CyclePlannerFactory.Create(new ClassicCycleDefinition());

    [Theory]
    [InlineData(-60, CyclePhase.Waiting, -1, 0, 300)]
    [InlineData(0, CyclePhase.Waiting, -1, 0, 300)]
    [InlineData(299, CyclePhase.Waiting, -1, 0, 300)]
    [InlineData(300, CyclePhase.Active, 0, 1, 360)]
    [InlineData(330, CyclePhase.Active, 0, 1, 360)]
    [InlineData(360, CyclePhase.Active, 0, 2, 420)]
    [InlineData(1199, CyclePhase.Active, 0, 15, 1200)]
    [InlineData(1200, CyclePhase.Active, 0, 16, 1260)]
    [InlineData(1259, CyclePhase.Active, 0, 16, 1260)]
    [InlineData(1260, CyclePhase.Break, 0, 16, 1560)]
    [InlineData(1559, CyclePhase.Break, 0, 16, 1560)]
    [InlineData(1560, CyclePhase.Active, 1, 1, 1620)]
    [InlineData(2520, CyclePhase.Break, 1, 16, 2820)]
    [InlineData(2820, CyclePhase.Active, 2, 1, 2880)]
    public void At_SecondsAfterAnchor_PhaseCountAndNextEvent(
        int seconds, CyclePhase phase, int conversation, int messagesDue, int nextEventSeconds)
    {
        var moment = planner.At(Anchor, Anchor.AddSeconds(seconds));

        Assert.Equal(phase, moment.Phase);
        Assert.Equal(conversation < 0 ? (int?)null : conversation, moment.Conversation?.Index);
        Assert.Equal(messagesDue, moment.MessagesDue);
        Assert.Equal(Anchor.AddSeconds(nextEventSeconds), moment.NextEventAt);
        Assert.Equal(TimeSpan.FromSeconds(nextEventSeconds - seconds), moment.UntilNextEvent);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(300, 1)]
    [InlineData(1260, 1)]
    [InlineData(1560, 2)]
    public void At_SecondsAfterAnchor_NextIsFirstConversationStartingLater(int seconds, int nextIndex)
    {
        var moment = planner.At(Anchor, Anchor.AddSeconds(seconds));

        Assert.Equal(nextIndex, moment.Next.Index);
        Assert.True(moment.Next.StartsAt > moment.Time);
    }

    [Fact]
    public void At_OneTickBeforeCompletion_StillActiveUntilCompletion()
    {
        var completion = Anchor.AddMinutes(21);

        var moment = planner.At(Anchor, completion.AddTicks(-1));

        Assert.Equal(CyclePhase.Active, moment.Phase);
        Assert.Equal(completion, moment.NextEventAt);
    }

    [Fact]
    public void At_LongAfterDowntime_PositionedInTheRunningConversation()
    {
        // 205 whole periods after the first start, plus 3.5 minutes into that conversation.
        var time = Anchor.AddMinutes(5 + 205 * 21 + 3.5);

        var moment = planner.At(Anchor, time);

        Assert.Equal(CyclePhase.Active, moment.Phase);
        Assert.Equal(205, moment.Conversation!.Index);
        Assert.Equal(4, moment.MessagesDue);
        Assert.Equal(Anchor.AddMinutes(5 + 205 * 21 + 4), moment.NextEventAt);
    }
}
