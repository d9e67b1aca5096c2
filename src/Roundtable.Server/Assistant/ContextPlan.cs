namespace Roundtable.Server.Assistant;

/// <summary>The turns a model call sees (<see cref="Kept"/>) and those to fold into the summary.</summary>
public sealed record ContextPlan(IReadOnlyList<AssistantMessage> Kept, IReadOnlyList<AssistantMessage> Folded, int SystemTokens, int HistoryTokens, int HistoryBudget);
