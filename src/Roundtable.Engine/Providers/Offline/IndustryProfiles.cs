namespace Roundtable.Engine.Providers.Offline;

/// <summary>Finds the vocabulary that fits a business, falling back to a neutral one.</summary>
internal static class IndustryProfiles
{
    private static readonly IndustryProfile Neutral = new()
    {
        IsProjectWork = true,
        Keywords = [],
        Customers = "customers",
        Customer = "customer",
        Job = "project",
        Jobs = "projects",
        Services = [],
        Moments = ["a customer who needs help quickly and is comparing two or three options", "a first-time customer who found the business through a search"],
        Seasons = ["the busy season", "the next quarter"],
        Proof = ["short case studies from recent customers", "photos from real projects"],
        Partners = ["complementary local businesses", "trade associations and local business groups"],
        Offers = ["a free consultation", "a first-order discount"],
        LocalSignals = ["appearances at local community events", "sponsorships of local teams"],
    };

    /// <summary>The profile whose keywords appear in the industry, or else in the description.</summary>
    public static IndustryProfile For(string? industry, string? description)
    {
        return Find(industry) ?? Find(description) ?? Neutral;

        static IndustryProfile? Find(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var padded = " " + text.ToLowerInvariant() + " ";
            return HomeServiceIndustries.All.Concat(ProfessionalIndustries.All)
                .FirstOrDefault(profile => profile.Keywords.Any(k => padded.Contains(k, StringComparison.Ordinal)));
        }
    }
}
