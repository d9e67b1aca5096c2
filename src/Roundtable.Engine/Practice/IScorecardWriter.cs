namespace Roundtable.Engine.Practice;

/// <summary>Rates a finished meeting on <see cref="ScorecardCriteria.All"/>.</summary>
public interface IScorecardWriter
{
    Task<Scorecard> WriteAsync(MeetingBrief brief, IReadOnlyList<MeetingLine> transcript, MeetingAnalytics analytics, CancellationToken cancellationToken);
}
