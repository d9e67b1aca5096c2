using Roundtable.Engine.Pacing;

namespace Roundtable.Engine.Tests.Pacing;

public sealed class ConversationPlanTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 10, 30, 0, TimeSpan.Zero);

    private static ConversationPlan PlanWith(IReadOnlyList<DateTimeOffset> times) =>
        new(3, Start, times, times[^1], Start.AddMinutes(30));

    [Fact]
    public void Equals_SameValuesInDifferentLists_Equal()
    {
        var first = PlanWith([Start, Start.AddMinutes(1)]);
        var second = PlanWith(new List<DateTimeOffset> { Start, Start.AddMinutes(1) });

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentMessageTime_NotEqual()
    {
        Assert.NotEqual(PlanWith([Start, Start.AddMinutes(1)]), PlanWith([Start, Start.AddMinutes(2)]));
    }

    [Fact]
    public void MessageTimes_SourceListChangedLater_PlanUnchanged()
    {
        var times = new List<DateTimeOffset> { Start, Start.AddMinutes(1) };
        var plan = PlanWith(times);

        times[1] = Start.AddHours(5);

        Assert.Equal(Start.AddMinutes(1), plan.MessageTimes[1]);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 1)]
    [InlineData(59, 1)]
    [InlineData(60, 2)]
    [InlineData(600, 2)]
    public void MessagesDueAt_SecondsAfterStart_CountsMessagesAtOrBefore(int seconds, int expected)
    {
        var plan = PlanWith([Start, Start.AddMinutes(1)]);

        Assert.Equal(expected, plan.MessagesDueAt(Start.AddSeconds(seconds)));
    }
}
