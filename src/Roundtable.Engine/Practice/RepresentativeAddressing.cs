using System.Text.RegularExpressions;

namespace Roundtable.Engine.Practice;

/// <summary>
/// Finds the representatives a salesperson's line speaks to directly: by full name ("John Smith,
/// what…"), by first name ("John, …"), by title or courtesy name ("as CFO, …", "Ms. Lopez"), or by
/// function in a directed phrase ("what does finance think?", "from a technology perspective").
/// </summary>
/// <remarks>
/// Role words used generically ("finance teams love it", "our API") address nobody: a function
/// addresses its representative only inside a directed phrase, a title only when set off by a
/// comma, after "as", or inside a question. A first name shared by two representatives addresses
/// neither (the full name does). Representatives come back in the order they were named.
/// </remarks>
internal static class RepresentativeAddressing
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    public static IReadOnlyList<AddressedRepresentative> Find(string line, IReadOnlyList<Representative> representatives)
    {
        var found = new List<AddressedRepresentative>();
        foreach (var representative in representatives)
        {
            var match = ByName(line, representative, representatives) ?? ByRole(line, representative);
            if (match is not null)
            {
                found.Add(match);
            }
        }

        return found.OrderBy(a => a.Index).ThenBy(a => IndexOf(representatives, a.Representative)).ToList();
    }

    private static AddressedRepresentative? ByName(string line, Representative representative, IReadOnlyList<Representative> everyone)
    {
        var name = representative.Name.Trim();
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        if (parts.Length > 1 && Word(Regex.Escape(name), Options).Match(line) is { Success: true } full)
        {
            return new(representative, full.Index, "by name");
        }

        var courtesy = new Regex(@"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+" + Regex.Escape(parts[^1]) + @"(?![\p{L}])", Options, Timeout).Match(line);
        if (parts.Length > 1 && courtesy.Success)
        {
            return new(representative, courtesy.Index, "by name");
        }

        var first = parts[0];
        var shared = everyone.Count(r => r != representative && string.Equals(FirstName(r), first, StringComparison.OrdinalIgnoreCase)) > 0;
        return shared ? null : ByFirstName(line, representative, first);
    }

    private static AddressedRepresentative? ByFirstName(string line, Representative representative, string first)
    {
        var escaped = Regex.Escape(first);
        var vocative = new Regex(
            @"(?:^|[.!?]\s+|\b(?:hi|hey|hello|thanks|thank you|so|and|ok|okay|well|now|right)\s*,?\s+)(?<name>" + escaped + @")\s*(?:[,:!?]|\s[-—–]\s)"
            + @"|,\s*(?<name>" + escaped + @")\s*[?!.]?\s*$",
            Options, Timeout).Match(line);
        if (vocative.Success)
        {
            return new(representative, vocative.Groups["name"].Index, "by first name");
        }

        if (!CommonWordNames.Contains(first))
        {
            var anywhere = Word(escaped, Options).Match(line);
            return anywhere.Success ? new(representative, anywhere.Index, "by first name") : null;
        }

        // A common word is a name only where English would not capitalise the word itself.
        if (CommonWordNames.IsMonth(first))
        {
            return null;
        }

        var midSentence = new Regex(@"(?<=[\p{L},;]\s+)" + escaped + @"(?![\p{L}])", RegexOptions.CultureInvariant, Timeout).Match(line);
        return midSentence.Success ? new(representative, midSentence.Index, "by first name") : null;
    }

    private static AddressedRepresentative? ByRole(string line, Representative representative)
    {
        var group = RoleVocabulary.For(representative.Role);
        var titles = Alternatives(group.Titles);
        var names = Alternatives(group.Titles.Concat(group.Domains));
        var how = "as " + RoleVocabulary.Label(representative.Role);
        var patterns = new[]
        {
            // "CFO, …", "…, CFO?" — a title set off like a name.
            @"(?:^|[.!?]\s+)(?:the\s+)?(?<role>" + titles + @")\s*[,:]",
            @",\s*(?:the\s+|our\s+|dear\s+)?(?<role>" + titles + @")\s*[?!.]?\s*$",
            // "as CFO, how…", "as the CFO…"
            @"\bas\s+(?:the\s+|a\s+|our\s+|your\s+|the\s+company's\s+)?(?<role>" + titles + @")\b",
            // "what does finance think", "how would the tech team see…"
            @"\b(?:what|how)\s+(?:does|do|would|will|did|might)\s+(?:the\s+|your\s+|our\s+)?(?<role>" + names + @")(?:\s+(?:team|side|department|group|folks|people))?\s+(?:think|say|feel|see|view|make|reckon|need|want|prefer|expect|worry)",
            // "from a finance perspective", "from the CTO's point of view"
            @"\bfrom\s+(?:a|an|the|your)?\s*(?<role>" + names + @")(?:'s|’s)?\s+(?:perspective|point of view|standpoint|angle|side|view|lens)",
            // "a question for finance", "this one is for the CTO"
            @"\b(?:question|one|this)\s+(?:is\s+)?for\s+(?:the\s+|our\s+|you\s+in\s+)?(?<role>" + names + @")\b",
            // "finance's view", "the CFO's take"
            @"\b(?<role>" + names + @")(?:'s|’s)\s+(?:view|take|perspective|thoughts|opinion|angle|concerns?)",
            // "over to engineering", "let me ask the CFO"
            @"\b(?:over to|turning to|let me ask|i'd like to ask|i want to ask|can i ask|may i ask)\s+(?:the\s+|our\s+|you\s+as\s+)?(?<role>" + names + @")\b",
            // "does the CFO agree?" — a title inside a question sentence.
            @"\b(?:the|our|your)\s+(?<role>" + titles + @")\b[^.!?]*\?",
        };

        foreach (var pattern in patterns)
        {
            var match = new Regex(pattern, Options, Timeout).Match(line);
            if (match.Success)
            {
                return new(representative, match.Groups["role"].Index, how);
            }
        }

        return null;
    }

    /// <summary>Alternatives for a regex group; an all-caps acronym of two letters ("IT") must match its case.</summary>
    private static string Alternatives(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(w =>
            w.Length <= 2 && w.All(char.IsUpper) ? "(?-i:" + Regex.Escape(w) + ")" : Regex.Escape(w).Replace(@"\ ", @"\s+")));

    private static Regex Word(string escaped, RegexOptions options) =>
        new(@"(?<![\p{L}])" + escaped + @"(?![\p{L}])", options, Timeout);

    private static string FirstName(Representative representative) =>
        representative.Name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;

    private static int IndexOf(IReadOnlyList<Representative> representatives, Representative representative)
    {
        for (var i = 0; i < representatives.Count; i++)
        {
            if (ReferenceEquals(representatives[i], representative))
            {
                return i;
            }
        }

        return -1;
    }
}
