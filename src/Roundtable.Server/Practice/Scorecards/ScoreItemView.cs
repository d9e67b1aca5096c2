namespace Roundtable.Server.Practice.Scorecards;

/// <summary>One criterion of a scorecard: 0–10 and a reason quoting the meeting.</summary>
public sealed record ScoreItemView(string Criterion, int Score, string Reason, IReadOnlyList<string> Quotes);
