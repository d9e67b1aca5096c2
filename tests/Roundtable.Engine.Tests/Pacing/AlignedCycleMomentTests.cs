using Roundtable.Engine.Pacing;

namespace Roundtable.Engine.Tests.Pacing;

public sealed class AlignedCycleMomentTests
{
    private static readonly DateTimeOffset Anchor = new(2025, 3, 10, 10, 7, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset HalfPastTen = new(2025, 3, 10, 10, 30, 0, TimeSpan.Zero);

    private readonly ICyclePlanner planner = CyclePlannerFactory.Create(new AlignedCycleDefinition { Seed = 7 });

    [Theory]
    [InlineData(0)]
    [InlineData(60 * 10)]
    [InlineData(23 * 60 - 1)]
    public void At_BeforeFirstBoundary_WaitingUntilHalfPastTen(int secondsAfterAnchor)
    {
        var moment = planner.At(Anchor, Anchor.AddSeconds(secondsAfterAnchor));

        Assert.Equal(CyclePhase.Waiting, moment.Phase);
        Assert.Null(moment.Conversation);
        Assert.Equal(0, moment.MessagesDue);
        Assert.Equal(HalfPastTen, moment.NextEventAt);
        Assert.Equal(HalfPastTen, moment.Next.StartsAt);
    }

    [Fact]
    public void At_OneTickBeforeFirstBoundary_Waiting()
    {
        Assert.Equal(CyclePhase.Waiting, planner.At(Anchor, HalfPastTen.AddTicks(-1)).Phase);
    }

    [Fact]
    public void At_ExactlyOnBoundary_ActiveWithFirstMessageDue()
    {
        var moment = planner.At(Anchor, HalfPastTen);
        var plan = moment.Conversation!;

        Assert.Equal(CyclePhase.Active, moment.Phase);
        Assert.Equal(HalfPastTen, plan.StartsAt);
        Assert.Equal(1, moment.MessagesDue);
        Assert.Equal(plan.MessageTimes[1], moment.NextEventAt);
        Assert.Equal(HalfPastTen.AddMinutes(30), moment.Next.StartsAt);
    }

    [Fact]
    public void At_EachMessageTime_CountsThatMessageAndPointsAtTheNext()
    {
        var plan = planner.FirstConversation(Anchor);

        for (var k = 0; k < plan.MessageCount - 1; k++)
        {
            var atMessage = planner.At(Anchor, plan.MessageTimes[k]);
            var justBefore = planner.At(Anchor, plan.MessageTimes[k + 1].AddTicks(-1));

            Assert.Equal((CyclePhase.Active, k + 1, plan.MessageTimes[k + 1]), (atMessage.Phase, atMessage.MessagesDue, atMessage.NextEventAt));
            Assert.Equal((CyclePhase.Active, k + 1, plan.MessageTimes[k + 1]), (justBefore.Phase, justBefore.MessagesDue, justBefore.NextEventAt));
        }
    }

    [Fact]
    public void At_LastMessageTime_BreakUntilNextBoundary()
    {
        var plan = planner.FirstConversation(Anchor);

        var moment = planner.At(Anchor, plan.MessageTimes[^1]);

        Assert.Equal(CyclePhase.Break, moment.Phase);
        Assert.Equal(plan, moment.Conversation);
        Assert.Equal(16, moment.MessagesDue);
        Assert.Equal(HalfPastTen.AddMinutes(30), moment.NextEventAt);
    }

    [Fact]
    public void At_OneTickBeforeNextBoundary_StillBreak()
    {
        var moment = planner.At(Anchor, HalfPastTen.AddMinutes(30).AddTicks(-1));

        Assert.Equal(CyclePhase.Break, moment.Phase);
        Assert.Equal(TimeSpan.FromTicks(1), moment.UntilNextEvent);
    }

    [Fact]
    public void At_NextBoundary_NextConversationActive()
    {
        var moment = planner.At(Anchor, HalfPastTen.AddMinutes(30));

        Assert.Equal(CyclePhase.Active, moment.Phase);
        Assert.Equal(planner.FirstConversation(Anchor).Index + 1, moment.Conversation!.Index);
        Assert.Equal(1, moment.MessagesDue);
    }

    [Fact]
    public void At_DaysAfterAnchor_ReflectsThatBoundarysPlan()
    {
        var time = new DateTimeOffset(2025, 3, 14, 18, 3, 0, TimeSpan.Zero);

        var moment = planner.At(Anchor, time);
        var plan = moment.Conversation!;

        Assert.Equal(new DateTimeOffset(2025, 3, 14, 18, 0, 0, TimeSpan.Zero), plan.StartsAt);
        Assert.Equal(plan.MessagesDueAt(time), moment.MessagesDue);
        Assert.InRange(moment.MessagesDue, 2, 4);
        Assert.Equal(CyclePhase.Active, moment.Phase);
    }
}
