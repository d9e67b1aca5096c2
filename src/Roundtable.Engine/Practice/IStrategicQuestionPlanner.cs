namespace Roundtable.Engine.Practice;

/// <summary>Generates five specific strategic questions for this product and this company.</summary>
public interface IStrategicQuestionPlanner
{
    Task<StrategicQuestions> PlanAsync(MeetingBrief brief, CancellationToken cancellationToken);
}
