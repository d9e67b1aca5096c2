using Roundtable.Engine.Pacing;

namespace Roundtable.Engine.Tests.Pacing;

public sealed class ClassicCyclePlannerTests
{
    private static readonly DateTimeOffset Anchor = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly ClassicCyclePlanner planner = new(new ClassicCycleDefinition());

    private static DateTimeOffset AtMinute(int minutes) => Anchor.AddMinutes(minutes);

    [Fact]
    public void PlanConversation_FirstWithDefaults_OneMessagePerMinuteFromMinuteFive()
    {
        var plan = planner.PlanConversation(Anchor, 0);

        Assert.Equal(0, plan.Index);
        Assert.Equal(AtMinute(5), plan.StartsAt);
        Assert.Equal(Enumerable.Range(5, 16).Select(AtMinute), plan.MessageTimes);
        Assert.Equal(AtMinute(21), plan.CompletesAt);
        Assert.Equal(AtMinute(26), plan.NextConversationAt);
    }

    [Fact]
    public void PlanConversation_Third_StartsOnePeriodAfterThePrevious()
    {
        var plan = planner.PlanConversation(Anchor, 3);

        Assert.Equal(3, plan.Index);
        Assert.Equal(AtMinute(5 + 3 * 21), plan.StartsAt);
        Assert.Equal(Enumerable.Range(5 + 3 * 21, 16).Select(AtMinute), plan.MessageTimes);
        Assert.Equal(AtMinute(5 + 3 * 21 + 16), plan.CompletesAt);
        Assert.Equal(planner.PlanConversation(Anchor, 4).StartsAt, plan.NextConversationAt);
    }

    [Fact]
    public void Period_Defaults_TwentyOneMinutes()
    {
        Assert.Equal(TimeSpan.FromMinutes(21), planner.Period);
    }

    [Fact]
    public void PlanConversation_NegativeIndex_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => planner.PlanConversation(Anchor, -1));
    }

    [Fact]
    public void PlanConversation_AnchorWithOffset_SameInstantsInUtc()
    {
        var local = Anchor.ToOffset(TimeSpan.FromHours(-5));

        var plan = planner.PlanConversation(local, 2);

        Assert.Equal(planner.PlanConversation(Anchor, 2), plan);
        Assert.All(plan.MessageTimes, time => Assert.Equal(TimeSpan.Zero, time.Offset));
    }

    [Fact]
    public void PlanConversation_NewPlannerAfterRestart_IdenticalPlan()
    {
        var restarted = CyclePlannerFactory.Create(new ClassicCycleDefinition());

        Assert.Equal(planner.PlanConversation(Anchor, 57), restarted.PlanConversation(Anchor, 57));
    }

    [Fact]
    public void PlanConversation_CustomDefinition_FollowsItsSettings()
    {
        var custom = new ClassicCyclePlanner(new ClassicCycleDefinition
        {
            InitialDelay = TimeSpan.Zero,
            MessageInterval = TimeSpan.FromSeconds(90),
            MessagesPerConversation = 3,
            BreakDuration = TimeSpan.FromMinutes(10),
        });

        var plan = custom.PlanConversation(Anchor, 1);

        Assert.Equal(Anchor.AddMinutes(14.5), plan.StartsAt);
        Assert.Equal(new[] { Anchor.AddMinutes(14.5), Anchor.AddMinutes(16), Anchor.AddMinutes(17.5) }, plan.MessageTimes);
        Assert.Equal(Anchor.AddMinutes(19), plan.CompletesAt);
        Assert.Equal(Anchor.AddMinutes(29), plan.NextConversationAt);
    }

    [Fact]
    public void FirstConversation_Defaults_StartsAfterInitialDelay()
    {
        Assert.Equal(planner.PlanConversation(Anchor, 0), planner.FirstConversation(Anchor));
    }

    [Theory]
    [InlineData(-60, 0)]
    [InlineData(0, 0)]
    [InlineData(5, 0)]
    [InlineData(6, 1)]
    [InlineData(26, 1)]
    [InlineData(27, 2)]
    [InlineData(47, 2)]
    public void NextConversationAtOrAfter_Minute_FirstConversationStartingThenOrLater(int minute, int expectedIndex)
    {
        var plan = planner.NextConversationAtOrAfter(Anchor, AtMinute(minute));

        Assert.Equal(expectedIndex, plan.Index);
        Assert.Equal(AtMinute(5 + expectedIndex * 21), plan.StartsAt);
    }

    [Fact]
    public void NextConversationAtOrAfter_OneTickAfterStart_SkipsToFollowing()
    {
        var plan = planner.NextConversationAtOrAfter(Anchor, AtMinute(26).AddTicks(1));

        Assert.Equal(2, plan.Index);
    }

    [Fact]
    public void NextConversationAtOrAfter_AfterThreeDaysDown_SkipsMissedConversations()
    {
        // 3 days + 7 min after the anchor is 4322 min after the first start: 205 periods and 17 min.
        var plan = planner.NextConversationAtOrAfter(Anchor, Anchor.AddDays(3).AddMinutes(7));

        Assert.Equal(206, plan.Index);
        Assert.Equal(AtMinute(5 + 206 * 21), plan.StartsAt);
        Assert.True(plan.StartsAt >= Anchor.AddDays(3).AddMinutes(7));
    }
}
