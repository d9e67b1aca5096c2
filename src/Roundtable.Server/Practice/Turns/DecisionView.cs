using System.Text.Json;

namespace Roundtable.Server.Practice.Turns;

/// <summary>The orchestrator's stored decision for a salesperson line, with what deciding cost.</summary>
public sealed record DecisionView(
    int TurnNumber, IReadOnlyList<string> ResponderIds, string Reasoning, string Source, string? DecidedBy,
    long InputTokens, long OutputTokens, decimal CostUsd)
{
    public static DecisionView Of(ResponderDecision d) => new(
        d.ExchangeNumber, JsonSerializer.Deserialize<string[]>(d.ResponderIdsJson) ?? [], d.Reason, d.Source,
        d.Provider is null ? null : d.IsOffline ? "offline" : $"{d.Provider} {d.Model}", d.InputTokens, d.OutputTokens, d.CostUsd);
}
