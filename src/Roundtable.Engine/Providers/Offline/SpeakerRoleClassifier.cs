namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Recognises a speaker's role from keywords in the name (weighted) and the persona text, so any
/// agent whose description sounds like search, service, marketing or strategy writes in that voice.
/// </summary>
internal static class SpeakerRoleClassifier
{
    private const int NameWeight = 3;

    private static readonly (SpeakerRole Role, string[] Keywords)[] Keywords =
    [
        (SpeakerRole.Search, ["seo", "search", "keyword", "ranking", "google business", "organic"]),
        (SpeakerRole.Service, ["customer service", "customer experience", "customer support", "customer care", "service quality",
            "support", "response time", "satisfaction", "complaint"]),
        (SpeakerRole.Marketing, ["marketing", "marketer", "brand", "campaign", "social media", "advertis", "lead generation", "promotion"]),
        (SpeakerRole.Strategy, ["business ai assistant", "business assistant", "strategist", "strategy", "strategic", "operations",
            "revenue", "pricing", "growth", "business advisor", "consultant"]),
    ];

    public static SpeakerRole Classify(string? name, string? persona)
    {
        var lowerName = (name ?? string.Empty).ToLowerInvariant();
        var lowerPersona = (persona ?? string.Empty).ToLowerInvariant();
        var best = SpeakerRole.General;
        var bestScore = 0;
        foreach (var (role, keywords) in Keywords)
        {
            var score = keywords.Sum(k => (lowerName.Contains(k, StringComparison.Ordinal) ? NameWeight : 0)
                + (lowerPersona.Contains(k, StringComparison.Ordinal) ? 1 : 0));
            if (score > bestScore)
            {
                best = role;
                bestScore = score;
            }
        }

        return best;
    }
}
