using System.Globalization;
using Roundtable.Engine.Pacing;

namespace Roundtable.Engine.Tests.Pacing;

public sealed class AlignedCyclePlannerTests
{
    private static readonly DateTimeOffset Anchor = new(2025, 3, 10, 10, 7, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset HalfPastTen = new(2025, 3, 10, 10, 30, 0, TimeSpan.Zero);
    private static readonly AlignedCycleDefinition Definition = new() { Seed = 42 };

    private readonly AlignedCyclePlanner planner = new(Definition);

    private static IReadOnlyList<TimeSpan> Gaps(ConversationPlan plan) =>
        [.. plan.MessageTimes.Zip(plan.MessageTimes.Skip(1), (earlier, later) => later - earlier)];

    [Fact]
    public void FirstConversation_AnchorAtTenOhSeven_StartsAtHalfPastTen()
    {
        var plan = planner.FirstConversation(Anchor);

        Assert.Equal(HalfPastTen, plan.StartsAt);
        Assert.Equal(HalfPastTen, plan.MessageTimes[0]);
        Assert.Equal(HalfPastTen.AddMinutes(30), plan.NextConversationAt);
    }

    [Fact]
    public void FirstConversation_Index_CountsBoundariesSinceUnixEpoch()
    {
        var plan = planner.FirstConversation(Anchor);

        Assert.Equal((HalfPastTen - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.FromMinutes(30).Ticks, plan.Index);
    }

    [Fact]
    public void FirstConversation_AnchorExactlyOnBoundary_StartsAtAnchor()
    {
        Assert.Equal(HalfPastTen, planner.FirstConversation(HalfPastTen).StartsAt);
    }

    [Fact]
    public void PlanConversation_DayOfConversations_StartOnTheHourAndHalfHour()
    {
        var first = planner.FirstConversation(Anchor).Index;

        for (var index = first; index < first + 48; index++)
        {
            var plan = planner.PlanConversation(Anchor, index);
            Assert.Contains(plan.StartsAt.Minute, new[] { 0, 30 });
            Assert.Equal(0, plan.StartsAt.Second);
            Assert.Equal(0, plan.StartsAt.Millisecond);
            Assert.Equal(plan.StartsAt.AddMinutes(30), plan.NextConversationAt);
        }
    }

    [Fact]
    public void PlanConversation_DayOfConversations_GapsWholeMillisecondsWithinOneToTwoMinutes()
    {
        var first = planner.FirstConversation(Anchor).Index;

        for (var index = first; index < first + 48; index++)
        {
            var plan = planner.PlanConversation(Anchor, index);
            Assert.Equal(16, plan.MessageCount);
            Assert.All(Gaps(plan), gap =>
            {
                Assert.InRange(gap, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2));
                Assert.Equal(0, gap.Ticks % TimeSpan.TicksPerMillisecond);
            });
            Assert.Equal(plan.MessageTimes[^1], plan.CompletesAt);
            Assert.True(plan.CompletesAt <= plan.NextConversationAt);
        }
    }

    [Fact]
    public void PlanConversation_SeedFortyTwoAtHalfPastTen_PinnedGaps()
    {
        // Pinned so that a change to the generator, which would move messages of a conversation
        // already under way when a new version is deployed, fails here first.
        long[] expectedMilliseconds = [85307, 113362, 96969, 95064, 70234, 88242, 61656, 72919, 75670, 110556, 68938, 79372, 66130, 94918, 94539];

        var plan = planner.FirstConversation(Anchor);

        Assert.Equal(expectedMilliseconds, Gaps(plan).Select(gap => (long)gap.TotalMilliseconds));
    }

    [Fact]
    public void PlanConversation_NewPlannerAfterRestart_IdenticalPlan()
    {
        var restarted = CyclePlannerFactory.Create(new AlignedCycleDefinition { Seed = 42 });
        var index = planner.FirstConversation(Anchor).Index + 100;

        Assert.Equal(planner.PlanConversation(Anchor, index), restarted.PlanConversation(Anchor, index));
    }

    [Fact]
    public void PlanConversation_DifferentSeed_DifferentGaps()
    {
        var other = new AlignedCyclePlanner(Definition with { Seed = 43 });
        var index = planner.FirstConversation(Anchor).Index;

        Assert.NotEqual(Gaps(planner.PlanConversation(Anchor, index)), Gaps(other.PlanConversation(Anchor, index)));
    }

    [Fact]
    public void PlanConversation_DifferentBoundary_DifferentGaps()
    {
        var index = planner.FirstConversation(Anchor).Index;

        Assert.NotEqual(Gaps(planner.PlanConversation(Anchor, index)), Gaps(planner.PlanConversation(Anchor, index + 1)));
    }

    [Fact]
    public void PlanConversation_BoundaryBeforeAnchor_Throws()
    {
        var first = planner.FirstConversation(Anchor).Index;

        Assert.Throws<ArgumentOutOfRangeException>(() => planner.PlanConversation(Anchor, first - 1));
    }

    [Fact]
    public void PlanConversation_TwentyMinuteCycle_StartsOnTwentyMinuteBoundaries()
    {
        var twenty = new AlignedCyclePlanner(new AlignedCycleDefinition
        {
            CycleLength = TimeSpan.FromMinutes(20),
            MessagesPerConversation = 10,
            GapMin = TimeSpan.FromSeconds(30),
            GapMax = TimeSpan.FromMinutes(2),
        });

        var plan = twenty.FirstConversation(Anchor);

        Assert.Equal(new DateTimeOffset(2025, 3, 10, 10, 20, 0, TimeSpan.Zero), plan.StartsAt);
        Assert.All(Gaps(plan), gap => Assert.InRange(gap, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public void PlanConversation_EqualGapBounds_EvenlySpaced()
    {
        var even = new AlignedCyclePlanner(Definition with { GapMin = TimeSpan.FromMinutes(1.5), GapMax = TimeSpan.FromMinutes(1.5) });

        var plan = even.FirstConversation(Anchor);

        Assert.Equal(Enumerable.Range(0, 16).Select(k => HalfPastTen.AddMinutes(1.5 * k)), plan.MessageTimes);
    }

    [Theory]
    [InlineData("2025-03-10T10:07:00Z", "2025-03-10T10:30:00Z")]
    [InlineData("2025-03-10T10:30:00Z", "2025-03-10T10:30:00Z")]
    [InlineData("2025-03-10T10:30:00.0000001Z", "2025-03-10T11:00:00Z")]
    [InlineData("2025-03-12T13:45:12Z", "2025-03-12T14:00:00Z")]
    [InlineData("2025-03-01T00:00:00Z", "2025-03-10T10:30:00Z")]
    public void NextConversationAtOrAfter_Time_FirstBoundaryAtOrAfterTimeAndAnchor(string time, string expectedStart)
    {
        var plan = planner.NextConversationAtOrAfter(Anchor, DateTimeOffset.Parse(time, CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expectedStart, CultureInfo.InvariantCulture), plan.StartsAt);
        Assert.Equal(planner.PlanConversation(Anchor, plan.Index), plan);
    }
}
