namespace Roundtable.Engine.Practice;

/// <summary>Decides which representatives answer the salesperson's newest line (the last line of history).</summary>
public interface IMeetingOrchestrator
{
    Task<ResponderPlan> PlanAsync(MeetingBrief brief, IReadOnlyList<MeetingLine> history, CancellationToken cancellationToken);
}
