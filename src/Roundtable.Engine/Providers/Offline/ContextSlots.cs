using Roundtable.Engine.Prompts;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// The slot values every frame of a turn can use, drawn from the business, its industry and the
/// topic. Slots: {business} {town} {place} {region} {industry} {customers} {customer} {job}
/// {jobs} {service} {services} {focus} {focus2} {topic} {cue} {moment} {season} {proof}
/// {partners} {offer} {localSignal} {query} {pageTitle} {hours} {minutes} {days} {daysAdj} {weeks}
/// {reserve} {reviewTarget} {personaFocus}, and the condition {ifProject}, which renders
/// nothing but makes a frame unusable for businesses that do not work in quoted jobs. Conversation slots ({prev}, {next}, {fact}, …)
/// are layered on by the composer.
/// </summary>
internal static class ContextSlots
{
    private static readonly HashSet<string> GenericIndustryNouns =
        ["clinic", "clinics", "business", "company", "services", "service", "practice", "firm", "agency", "shop", "store", "contractor", "contractors", "studio", "provider"];

    public static SlotValues Build(BusinessProfile? business, TopicFocus topic, IndustryProfile industry, IReadOnlyList<string> personaFocus)
    {
        var (town, region) = SplitLocation(business?.Location);
        var industryWord = IndustryWord(business?.Industry);
        var topicServices = topic.Services.Concat(topic.Variants.Where(v => topic.Services.Any(s => s.Contains(v, StringComparison.Ordinal)))).Distinct().ToList();
        var services = topicServices.Count > 0 ? topicServices : [.. industry.Services];
        if (services.Count == 0)
        {
            services = [.. topic.Variants];
        }

        var cues = TopicCues.For(topic.Topic);
        var secondary = topic.Focuses.Count > 1 ? topic.Focuses.Skip(1).ToList() : [.. cues];
        var slots = new SlotValues()
            .Set("business", business?.Name ?? "the business")
            .Set("town", town ?? "the area")
            .Set("place", business?.Location ?? town ?? "the area")
            .Set("region", region ?? town ?? "the area")
            .Set("industry", industryWord ?? "local")
            .Set("customers", industry.Customers)
            .Set("customer", industry.Customer)
            .Set("job", industry.Job)
            .Set("jobs", industry.Jobs)
            .Set("service", services)
            .Set("services", industry.Services.Count > 0 ? industry.Services : services)
            .Set("focus", topic.Variants)
            .Set("focus2", secondary)
            .Set("topic", topic.Topic)
            .Set("cue", cues)
            .Set("moment", industry.Moments)
            .Set("season", industry.Seasons)
            .Set("proof", industry.Proof)
            .Set("partners", industry.Partners)
            .Set("offer", industry.Offers)
            .Set("localSignal", industry.LocalSignals)
            .Set("query", Queries(services, town, industryWord))
            .Set("pageTitle", services.Select(s => $"{TopicFocus.TitleCase(s)}{(town is null ? "" : " in " + town)} | {business?.Name ?? "Our Team"}"))
            .Set("hours", "24 hours", "48 hours")
            .Set("minutes", "15 minutes", "30 minutes", "an hour")
            .Set("days", "30 days", "60 days", "90 days")
            .Set("daysAdj", "30-day", "60-day", "90-day")
            .Set("weeks", "two weeks", "three weeks", "four weeks", "six weeks")
            .Set("reserve", "one full day", "roughly a fifth", "two half-days")
            .Set("reviewTarget", "eight to ten new reviews a month", "two or three new reviews a week", "one review for every three completed {jobs}")
            .Set("personaFocus", PersonaFocus.Join(personaFocus))
            .Set("ifProject", industry.IsProjectWork ? "yes" : null);
        return slots;
    }

    /// <summary>"Lodi, New Jersey" is the town "Lodi" in the region "New Jersey".</summary>
    public static (string? Town, string? Region) SplitLocation(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return (null, null);
        }

        var parts = location.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            0 => (null, null),
            1 => (parts[0], parts[0]),
            _ => (parts[0], parts[1]),
        };
    }

    /// <summary>"Dental clinic" is "dental" in "a crowded dental market"; "Roofing" stays "roofing".</summary>
    private static string? IndustryWord(string? industry)
    {
        if (string.IsNullOrWhiteSpace(industry))
        {
            return null;
        }

        var words = industry.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && GenericIndustryNouns.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    private static IEnumerable<string> Queries(IReadOnlyList<string> services, string? town, string? industry)
    {
        foreach (var service in services.Where(s => ProseText.CountWords(s) <= 4))
        {
            if (town is not null)
            {
                yield return $"{service} {town}";
            }

            yield return $"{service} near me";
        }

        if (industry is not null && town is not null)
        {
            yield return $"{industry} company in {town}";
        }
    }
}
