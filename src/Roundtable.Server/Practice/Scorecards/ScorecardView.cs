using Roundtable.Engine.Practice;

namespace Roundtable.Server.Practice.Scorecards;

/// <summary>The end-of-meeting scorecard as the API shows (and stores) it; <c>is_offline</c> when computed without a model.</summary>
public sealed record ScorecardView(
    Guid MeetingId,
    IReadOnlyList<ScoreItemView> Items,
    double OverallScore,
    string Summary,
    string WrittenBy,
    bool IsOffline,
    DateTimeOffset WrittenAt)
{
    public static ScorecardView Of(Guid meetingId, Scorecard scorecard, DateTimeOffset writtenAt) => new(
        meetingId,
        [.. scorecard.Items.Select(i => new ScoreItemView(i.Criterion, i.Score, i.Reason, i.Quotes))],
        scorecard.OverallScore, scorecard.Summary, scorecard.Producer.Label, scorecard.Producer.IsOffline, writtenAt);
}
