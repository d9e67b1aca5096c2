namespace Roundtable.Server.Assistant;

/// <summary>Who produced an answer and what it cost.</summary>
public sealed record UsageView(string Provider, string Model, bool Offline, long InputTokens, long OutputTokens, double LatencyMs, decimal CostUsd);
