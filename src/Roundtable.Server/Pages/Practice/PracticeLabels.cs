using System.Globalization;

namespace Roundtable.Server.Pages.Practice;

/// <summary>How the API's keys read on the pages (practice-labels.js does the same for live updates).</summary>
public static class PracticeLabels
{
    private static readonly string[] SmallWords = ["of", "and", "for", "the", "to", "in", "at", "on"];

    /// <summary>"cfo" → "CFO", "vp_sales" → "VP Sales", "head_of_it" → "Head of IT": other short words are acronyms.</summary>
    public static string Role(string role) => string.Join(' ', role.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(word =>
        SmallWords.Contains(word, StringComparer.OrdinalIgnoreCase) ? word.ToLowerInvariant()
        : word.Length <= 3 ? word.ToUpperInvariant()
        : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word.ToLowerInvariant())));

    /// <summary>"cold_hearted" → "cold-hearted".</summary>
    public static string Trait(string trait) => trait.Replace('_', '-');

    /// <summary>"24 months" as "2 years", "38" as "3 years 2 months".</summary>
    public static string Tenure(int months) => (months / 12, months % 12) switch
    {
        (0, var m) => $"{m} month{(m == 1 ? "" : "s")}",
        (var y, 0) => $"{y} year{(y == 1 ? "" : "s")}",
        (var y, var m) => $"{y} year{(y == 1 ? "" : "s")} {m} month{(m == 1 ? "" : "s")}",
    };

    public static string Initials(string name) => string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Take(2).Select(w => char.ToUpperInvariant(w[0])));
}
