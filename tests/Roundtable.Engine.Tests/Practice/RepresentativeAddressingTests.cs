using Roundtable.Engine.Practice;

namespace Roundtable.Engine.Tests.Practice;

public sealed class RepresentativeAddressingTests
{
    private static readonly MeetingBrief Meeting = PracticeFixtures.Meeting();

    [Theory]
    [InlineData("John Smith, what would it take to get this approved?", "rep-ceo")]
    [InlineData("John Smith what keeps you up at night?", "rep-ceo")]
    [InlineData("John, how do you see this fitting your plans?", "rep-ceo")]
    [InlineData("Thanks for that. John, where do you want to take the company?", "rep-ceo")]
    [InlineData("Maria, does a 90-day payback work for you?", "rep-cfo")]
    [InlineData("Ms. Lopez, shall I walk through the numbers?", "rep-cfo")]
    [InlineData("As CFO, how do you evaluate new software spend?", "rep-cfo")]
    [InlineData("What does finance think about a monthly plan?", "rep-cfo")]
    [InlineData("From a finance perspective, is this worth it?", "rep-cfo")]
    [InlineData("Will, how hard would the SAP integration be?", "rep-cto")]
    [InlineData("How would that land, Will?", "rep-cto")]
    [InlineData("What does IT think about a cloud tool?", "rep-cto")]
    [InlineData("A question for engineering: which ERP do you run?", "rep-cto")]
    [InlineData("Does the CTO have concerns about the API?", "rep-cto")]
    [InlineData("What does the chief executive make of the Hamburg hub?", "rep-ceo")]
    public void Addressed_NameFirstNameOrRole_NamedRepresentativeAnswers(string line, string expected)
    {
        var plan = MeetingOrchestrator.Addressed(Meeting, line);

        Assert.NotNull(plan);
        Assert.Equal([expected], plan.RepresentativeIds);
        Assert.Equal(ResponderPlanSource.Addressed, plan.Source);
        Assert.Null(plan.Producer);
    }

    [Theory]
    [InlineData("Will this integrate with SAP?")]
    [InlineData("May I ask how invoices are approved today?")]
    [InlineData("Our product helps finance teams close the month faster.")]
    [InlineData("It integrates with the tools your engineering team already uses.")]
    [InlineData("Most CFOs we meet care about the payback period.")]
    [InlineData("Grant access to the invoices and we can start in May.")]
    [InlineData("What does it cost to keep the current process running?")]
    public void Addressed_GenericWords_AddressNobody(string line)
    {
        Assert.Null(MeetingOrchestrator.Addressed(Meeting, line));
    }

    [Fact]
    public void Addressed_SeveralNamed_AllAnswerInTheOrderNamed()
    {
        var plan = MeetingOrchestrator.Addressed(Meeting, "Will, and then Maria: how would the rollout look from your side?");

        Assert.NotNull(plan);
        Assert.Equal(["rep-cto", "rep-cfo"], plan.RepresentativeIds);
        Assert.Contains("Will Chen (CTO) was addressed by first name", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Addressed_ThreeNamed_AddressingOutranksTheTwoResponderLimit()
    {
        var plan = MeetingOrchestrator.Addressed(Meeting, "Maria, John and Will, what would each of you need to see in a pilot?");

        Assert.NotNull(plan);
        Assert.Equal(["rep-cfo", "rep-ceo", "rep-cto"], plan.RepresentativeIds);
    }

    [Fact]
    public void Addressed_SharedFirstName_OnlyTheFullNameAddresses()
    {
        var other = new Representative("rep-cfo-2", "John Park", "coo", 12, [PersonalityTraits.Cool], false);
        var meeting = PracticeFixtures.Meeting(PracticeFixtures.Ceo, other);

        Assert.Null(MeetingOrchestrator.Addressed(meeting, "John, what do you think?"));
        Assert.Equal(["rep-cfo-2"], MeetingOrchestrator.Addressed(meeting, "John Park, what do you think?")!.RepresentativeIds);
    }
}
