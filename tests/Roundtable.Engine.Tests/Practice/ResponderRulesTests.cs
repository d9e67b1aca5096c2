using Roundtable.Engine.Practice;
using static Roundtable.Engine.Tests.Practice.PracticeFixtures;

namespace Roundtable.Engine.Tests.Practice;

public sealed class ResponderRulesTests
{
    [Fact]
    public void Plan_BudgetQuestion_CfoAnswersAlone()
    {
        var plan = ResponderRules.Plan(Meeting(), [Sales(1, "What budget have you set aside for finance tooling this year?")]);

        Assert.Equal(["rep-cfo"], plan.RepresentativeIds);
        Assert.Equal("budget question → Maria Lopez (CFO)", plan.Reason);
    }

    [Fact]
    public void Plan_QuestionTouchingTwoRoles_SecondRoleInterjects()
    {
        var plan = ResponderRules.Plan(Meeting(), [Sales(1, "How would the API integration with SAP affect your costs?")]);

        Assert.Equal(["rep-cto", "rep-cfo"], plan.RepresentativeIds);
        Assert.Equal("api question → Will Chen (CTO); Maria Lopez (CFO) adds the costs angle", plan.Reason);
    }

    [Fact]
    public void Plan_HighStakesTopic_DecisionMakerAddsView()
    {
        var plan = ResponderRules.Plan(Meeting(), [Sales(1, "Can we agree a discount if you sign before the quarter ends?")]);

        Assert.Equal(["rep-cfo", "rep-ceo"], plan.RepresentativeIds);
        Assert.Contains("John Smith (CEO) adds a view as decision maker", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_NoTopic_DecisionMakerAnswers()
    {
        var plan = ResponderRules.Plan(Meeting(), [Sales(1, "Thanks for making the time today, I know it is a busy week.")]);

        Assert.Equal(["rep-ceo"], plan.RepresentativeIds);
        Assert.Contains("as decision maker", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_NoTopicAndNoDecisionMaker_LeastRecentSpeakerAnswers()
    {
        var meeting = Meeting(Cfo, Cto);
        var history = new[] { Sales(1, "Hello both."), Rep(2, Cfo, "Hello."), Sales(3, "Glad to be here with you both today.") };

        var plan = ResponderRules.Plan(meeting, history);

        Assert.Equal(["rep-cto"], plan.RepresentativeIds);
    }

    [Fact]
    public void Plan_SameTopicAgain_SameRepresentativeMayAnswerTwiceInARow()
    {
        var history = new[] { Sales(1, "What does an invoice cost you today?"), Rep(2, Cfo, "Eleven dollars."), Sales(3, "And what budget is there for improving that?") };

        Assert.Equal(["rep-cfo"], ResponderRules.Plan(Meeting(), history).RepresentativeIds);
    }

    [Fact]
    public void Plan_Acknowledgement_NobodyAnswers()
    {
        var plan = ResponderRules.Plan(Meeting(), [Sales(1, "Okay, thanks, understood.")]);

        Assert.Empty(plan.RepresentativeIds);
        Assert.Equal(ResponderPlanSource.Rules, plan.Source);
    }

    [Fact]
    public void Plan_OneRepresentative_NeverAddsASecond()
    {
        var plan = ResponderRules.Plan(Meeting(Cto), [Sales(1, "What is the price of the SAP integration?")]);

        Assert.Equal(["rep-cto"], plan.RepresentativeIds);
    }
}
