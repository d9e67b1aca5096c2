using System.Text.Json;
using System.Text.RegularExpressions;

namespace Roundtable.Engine.Practice;

/// <summary>
/// Reads the model's scorecard JSON and keeps it honest: every criterion exactly once with a
/// 0–10 score, and only quotes that really occur in the transcript. An invented quote is dropped
/// (and struck from the reason); an item left without a real quote gets the computed item's quotes.
/// </summary>
internal static partial class ScorecardReader
{
    public static (IReadOnlyList<ScoreItem>? Items, string? Summary, string Problem) Read(
        string? text, TranscriptEvidence evidence, IReadOnlyList<ScoreItem> computed)
    {
        if (ModelJson.Object(text) is not { } root || ModelJson.Array(root, "items") is not { } elements)
        {
            return (null, null, "the answer is not a JSON object with an \"items\" array");
        }

        var items = new List<ScoreItem>();
        foreach (var criterion in ScorecardCriteria.All)
        {
            var matches = elements.Where(e => e.ValueKind == JsonValueKind.Object && ModelJson.String(e, "criterion") == criterion).ToList();
            if (matches.Count != 1 || !matches[0].TryGetProperty("score", out var score) || !score.TryGetInt32(out var value) || value is < 0 or > 10)
            {
                return (null, null, $"criterion \"{criterion}\" is missing, repeated or has no 0-10 score");
            }

            items.Add(Verified(criterion, value, matches[0], evidence, computed.Single(c => c.Criterion == criterion)));
        }

        return (items, ModelJson.String(root, "summary")?.Trim(), string.Empty);
    }

    private static ScoreItem Verified(string criterion, int score, JsonElement element, TranscriptEvidence evidence, ScoreItem computed)
    {
        var claimed = (ModelJson.Array(element, "quotes") ?? [])
            .Where(q => q.ValueKind == JsonValueKind.String)
            .Select(q => q.GetString()!)
            .ToList();
        var quotes = claimed.Select(evidence.Find).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var reason = QuotedSpan().Replace(ModelJson.String(element, "reason")?.Trim() ?? string.Empty,
            m => evidence.Find(m.Groups["quote"].Value) is null ? "(an unverified quote was removed)" : m.Value);
        if (quotes.Count == 0)
        {
            quotes = [.. computed.Quotes];
        }

        return new ScoreItem(criterion, score, reason.Length == 0 ? computed.Reason : reason, quotes);
    }

    /// <summary>A passage in quotation marks of at least three words: the model quoting someone.</summary>
    [GeneratedRegex(@"[""“](?<quote>[^""“”]*?\S+\s+\S+\s+\S+[^""“”]*?)[""”]")]
    private static partial Regex QuotedSpan();
}
