using System.Text.Json;

namespace Roundtable.Engine.Practice;

/// <summary>
/// Checks the orchestrator model's JSON: <c>{"responders": ["id", …], "reason": "…"}</c> with at most
/// two distinct ids, each one of this meeting's representatives. Anything else is invalid and the
/// rules decide instead.
/// </summary>
internal static class ResponderDecisionReader
{
    public const int MaxResponders = 2;

    public static ResponderDecision Read(string? text, IReadOnlyList<Representative> representatives)
    {
        if (ModelJson.Object(text) is not { } root)
        {
            return ResponderDecision.Invalid("the answer is not a JSON object");
        }

        if (ModelJson.Array(root, "responders") is not { } items)
        {
            return ResponderDecision.Invalid("no \"responders\" array");
        }

        var ids = new List<string>();
        foreach (var item in items)
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString() is not { } id)
            {
                return ResponderDecision.Invalid("a responder is not a string id");
            }

            var known = representatives.FirstOrDefault(r => string.Equals(r.Id, id.Trim(), StringComparison.Ordinal));
            if (known is null)
            {
                return ResponderDecision.Invalid($"unknown representative id \"{Shorten(id)}\"");
            }

            if (ids.Contains(known.Id))
            {
                return ResponderDecision.Invalid($"representative \"{known.Id}\" named twice");
            }

            ids.Add(known.Id);
        }

        if (ids.Count > MaxResponders)
        {
            return ResponderDecision.Invalid($"{ids.Count} responders, at most {MaxResponders} allowed");
        }

        var reason = ModelJson.String(root, "reason")?.Trim();
        return new ResponderDecision(ids, string.IsNullOrEmpty(reason) ? "the orchestrator model gave no reason" : reason, null);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
