namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Concrete things a topic brings up, as noun phrases: a storm topic brings up "photo documentation
/// of the damage", a pricing topic "written, itemized estimates". They fill {cue} and {focus2}.
/// </summary>
internal static class TopicCues
{
    private static readonly (string[] Keywords, string[] Cues)[] Cues =
    [
        (["storm", "hail", "wind", "weather", "flood", "hurricane"],
            ["emergency tarping to prevent further damage", "photo documentation of the damage", "clear guidance on the first steps after a storm"]),
        (["insurance", "claim"], ["help with the insurance paperwork", "an on-site meeting with the adjuster", "a detailed damage report for the insurer"]),
        (["emergency", "24/7", "urgent", "same-day", "availability"], ["a guaranteed callback time", "after-hours availability", "a same-day assessment"]),
        (["pric", "cost", "transparen", "quote", "estimate", "affordab"], ["written, itemized estimates", "published price ranges", "no-surprise pricing"]),
        (["maintenance", "inspection", "preventive", "preventative", "check"], ["an annual inspection plan", "seasonal maintenance reminders", "a written condition report"]),
        (["install", "material", "quality", "new", "replacement"], ["a clear comparison of material options", "the manufacturer's warranty", "a realistic project timeline"]),
        (["satisfaction", "experience", "customer", "review"], ["a follow-up call after every job", "a simple satisfaction survey", "a written workmanship guarantee"]),
        (["booking", "schedul", "appointment", "online"], ["online booking", "a clear arrival window", "reminder messages before each visit"]),
        (["growth", "expan", "market", "brand"], ["a clear value proposition", "a referral program", "a simple marketing calendar"]),
    ];

    private static readonly string[] General = ["a clear written plan", "a realistic timeline", "a named point of contact"];

    /// <summary>Cues for every keyword the topic mentions, in topic order; a neutral set when none match.</summary>
    public static IReadOnlyList<string> For(string topic)
    {
        var lower = topic.ToLowerInvariant();
        var found = Cues
            .Select(entry => (Position: entry.Keywords.Select(k => lower.IndexOf(k, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min(), entry.Cues))
            .Where(entry => entry.Position >= 0)
            .OrderBy(entry => entry.Position)
            .SelectMany(entry => entry.Cues)
            .ToList();
        return found.Count > 0 ? found : General;
    }
}
