using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Practice;

/// <summary>The end-of-meeting assessment, one item per criterion, and who produced it (offline when computed from the analytics).</summary>
public sealed record Scorecard(IReadOnlyList<ScoreItem> Items, double OverallScore, string Summary, MessageProducer Producer);
