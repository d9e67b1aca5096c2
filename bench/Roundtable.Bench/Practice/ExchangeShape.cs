using System.Text.Json;

namespace Roundtable.Bench.Practice;

/// <summary>
/// What one send-message answer says about its exchange: how the responder was chosen, how many
/// representatives answered, and whether every reply came from the Bench provider rather than offline.
/// </summary>
internal sealed record ExchangeShape(string DecisionSource, int Replies, bool AllFromBench, string FirstProducer)
{
    public const string BenchProducerPrefix = "Bench ";

    /// <summary>The orchestrator model was asked (addressing skips it) and exactly one representative answered from the model.</summary>
    public bool IsOrchestratorPlusOneRepresentative => DecisionSource is "rules" or "model" && Replies == 1 && AllFromBench;

    public static ExchangeShape Of(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        var data = document.RootElement.GetProperty("data");
        var replies = data.GetProperty("ai_responses").EnumerateArray().ToList();
        var producers = replies.Select(r => (Producer: r.GetProperty("produced_by").GetString() ?? "", Offline: r.GetProperty("is_offline").GetBoolean())).ToList();
        return new ExchangeShape(
            data.GetProperty("decision_source").GetString() ?? "",
            replies.Count,
            producers.All(p => !p.Offline && p.Producer.StartsWith(BenchProducerPrefix, StringComparison.Ordinal)),
            producers.Count == 0 ? "none" : producers[0].Producer);
    }
}
