namespace Roundtable.Engine.Practice;

/// <summary>One scorecard criterion: a 0–10 score and a reason that quotes the transcript.</summary>
/// <remarks>Criterion: One of <see cref="ScorecardCriteria.All"/>.</remarks>
public sealed record ScoreItem(string Criterion, int Score, string Reason, IReadOnlyList<string> Quotes);
