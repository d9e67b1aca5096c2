namespace Roundtable.Server.Showcase;

/// <summary>
/// The topic of a business's n-th conversation: its own list in rotation, or — when it has none —
/// topics made from its profile, so every business has something specific to discuss.
/// </summary>
public static class TopicPicker
{
    public static string For(Business business, int conversationIndex)
    {
        var topics = business.Topics.Count > 0
            ? business.Topics.OrderBy(t => t.Position).Select(t => t.Text).ToList()
            : FromProfile(business);
        return topics[Math.Abs(conversationIndex) % topics.Count];
    }

    public static IReadOnlyList<string> FromProfile(Business business)
    {
        var industry = string.IsNullOrWhiteSpace(business.Industry) ? "local business" : business.Industry.Trim().ToLowerInvariant();
        var where = string.IsNullOrWhiteSpace(business.Location) ? "its market" : business.Location.Trim();
        return
        [
            $"Winning more {industry} customers in {where}",
            $"Pricing and packaging {business.Name}'s services",
            $"Turning reviews and referrals into growth for {business.Name}",
            $"Standing out in local search for {industry} in {where}",
            $"Seasonal demand planning for a {industry} business",
        ];
    }
}
