using System.Text.RegularExpressions;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// The subjects a persona says it cares about: "A CFO who watches cash flow, margins and payback"
/// gives "cash flow", "margins" and "payback". Personas that list nothing get subjects from
/// well-known role words (CFO, CTO, bank) or a neutral set.
/// </summary>
internal static partial class PersonaFocus
{
    private static readonly (string Keyword, string[] Terms)[] KnownRoles =
    [
        ("cfo", ["cost control", "cash flow", "return on investment"]),
        ("financ", ["cost control", "cash flow", "return on investment"]),
        ("cto", ["integration effort", "security", "reliability"]),
        ("technolog", ["integration effort", "security", "reliability"]),
        ("ceo", ["strategic fit", "growth", "risk"]),
        ("bank", ["account security", "fees and charges", "customer support"]),
        ("legal", ["compliance", "contract terms", "risk"]),
        ("hr", ["hiring", "retention", "training"]),
        ("sales", ["pipeline", "conversion", "customer relationships"]),
    ];

    private static readonly string[] NeutralTerms = ["customer impact", "cost", "risk", "timing"];

    public static IReadOnlyList<string> From(string? persona, string? name)
    {
        var text = persona ?? string.Empty;
        var match = ListIntroduction().Match(text);
        if (match.Success)
        {
            var terms = ListSeparator().Split(match.Groups["list"].Value)
                .Select(t => t.Trim().Trim('.', ' ').ToLowerInvariant())
                .Where(t => t.Length > 2 && ProseText.CountWords(t) <= 4)
                .Distinct()
                .Take(5)
                .ToList();
            if (terms.Count > 0)
            {
                return terms;
            }
        }

        var lower = (name + " " + text).ToLowerInvariant();
        foreach (var (keyword, terms) in KnownRoles)
        {
            if (Regex.IsMatch(lower, @"\b" + keyword, RegexOptions.CultureInvariant))
            {
                return terms;
            }
        }

        return NeutralTerms;
    }

    /// <summary>"a, b and c" for a list of terms.</summary>
    public static string Join(IReadOnlyList<string> terms) => terms.Count switch
    {
        0 => string.Empty,
        1 => terms[0],
        _ => string.Join(", ", terms.Take(terms.Count - 1)) + " and " + terms[^1],
    };

    [GeneratedRegex(@"(?:focus(?:ed|es)? on|specia\w+ in|responsible for|expert in|cares? about|concerned with|(?:who|that)\s+(?:looks?|thinks?|works?|watches|handles|manages|covers|knows|cares|focuses|worries|asks)(?:\s+(?:at|about|on|into|over|for))?)\s+(?<list>[^.;:!?]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListIntroduction();

    [GeneratedRegex(@",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")]
    private static partial Regex ListSeparator();
}
