using System.Globalization;
using System.Text.RegularExpressions;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// A topic title taken apart for use inside sentences: "Storm Damage Restoration and Insurance
/// Claims" gives the topic in sentence case, its focuses ("storm damage restoration", "insurance
/// claims"), shorter variants for variety, and the focuses that name a service.
/// </summary>
internal sealed partial class TopicFocus
{
    private static readonly HashSet<string> ServiceHeads =
    [
        "restoration", "repair", "repairs", "installation", "installations", "maintenance", "inspection", "inspections",
        "replacement", "replacements", "cleaning", "removal", "services", "service", "care", "treatment", "treatments",
        "design", "remodeling", "remodeling", "renovation", "renovations", "construction", "consultation", "consultations",
        "planning", "delivery", "catering", "training", "coaching", "detailing", "whitening", "implants", "checkups",
        "support", "onboarding", "management", "preparation", "upgrades", "installs", "work",
    ];

    private static readonly HashSet<string> LeadingAdjectives =
    [
        "professional", "quality", "expert", "reliable", "affordable", "comprehensive", "premium", "complete", "full", "fast",
        "trusted", "best", "top", "certified", "licensed", "effective", "better", "smart", "modern",
    ];

    private static readonly HashSet<string> TrailingGeneric = ["services", "service", "solutions", "policy", "policies", "programs", "programmes", "options"];

    private TopicFocus(string topic, IReadOnlyList<string> focuses, IReadOnlyList<string> variants, IReadOnlyList<string> services)
    {
        Topic = topic;
        Focuses = focuses;
        Variants = variants;
        Services = services;
    }

    /// <summary>The whole topic in sentence case, for "on {topic}".</summary>
    public string Topic { get; }

    /// <summary>The parts of the topic, in order; never empty.</summary>
    public IReadOnlyList<string> Focuses { get; }

    /// <summary>The focuses and their shorter forms, for varied references.</summary>
    public IReadOnlyList<string> Variants { get; }

    /// <summary>Focuses that name a service ("storm damage restoration"), usable after "demand for".</summary>
    public IReadOnlyList<string> Services { get; }

    /// <summary>Title case of a phrase, for page titles: "Storm Damage Restoration".</summary>
    public static string TitleCase(string phrase) => string.Join(' ', phrase.Split(' ').Select(w =>
        w.Length > 0 && char.IsLower(w[0]) && w is not ("and" or "of" or "for" or "in" or "with") ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w) : w));

    /// <summary>Parses a topic; words that are proper nouns elsewhere (the business, the town) keep their capitals.</summary>
    public static TopicFocus From(string topic, IEnumerable<string> properNouns)
    {
        var keep = new HashSet<string>(properNouns.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal);
        var sentenceCase = string.Join(' ', topic.Trim().TrimEnd('.', '?', '!').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => SentenceCaseWord(w, keep)));
        var focuses = Separator().Split(sentenceCase)
            .Select(part => part.Trim(' ', ',', '-', '–'))
            .Where(part => part.Length > 2)
            .Distinct()
            .ToList();
        if (focuses.Count == 0)
        {
            focuses.Add(sentenceCase);
        }

        var variants = focuses.Concat(focuses.Select(Shorten).Where(s => s is not null).Select(s => s!)).Distinct().ToList();
        var services = focuses.Where(f => ServiceHeads.Contains(LastWord(f))).ToList();
        return new TopicFocus(sentenceCase, focuses, variants, services);
    }

    private static string? Shorten(string focus)
    {
        var words = focus.Split(' ').ToList();
        while (words.Count > 1 && LeadingAdjectives.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        if (words.Count > 1 && TrailingGeneric.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var shortened = string.Join(' ', words);
        return shortened != focus && shortened.Length > 3 ? shortened : null;
    }

    private static string LastWord(string phrase) => phrase[(phrase.LastIndexOf(' ') + 1)..];

    private static string SentenceCaseWord(string word, HashSet<string> keep)
    {
        var letters = word.Count(char.IsLetter);
        var isAcronym = letters > 1 && word.Where(char.IsLetter).All(char.IsUpper);
        if (isAcronym || word.Any(char.IsDigit) || keep.Contains(word) || KnownNames.Contains(word))
        {
            return word;
        }

        return word.ToLowerInvariant();
    }

    private static readonly HashSet<string> KnownNames =
    [
        "Google", "Facebook", "Instagram", "Yelp", "Nextdoor", "Bing", "Apple", "Microsoft", "Amazon", "TikTok", "LinkedIn",
        "YouTube", "Christmas", "Easter", "Thanksgiving", "Halloween", "Valentine's", "Black", "Friday", "Monday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    [GeneratedRegex(@"\s*(?:,|;|&|:|\s-\s|\s–\s|\band\b|\bwith\b|\bplus\b|\bvs\.?)\s*")]
    private static partial Regex Separator();
}
