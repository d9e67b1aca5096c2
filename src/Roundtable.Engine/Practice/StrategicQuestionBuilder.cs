using System.Text.RegularExpressions;

namespace Roundtable.Engine.Practice;

/// <summary>
/// Builds the five top questions without a model, from what the brief actually says: how the
/// company handles the product's job today, its tech stack, its latest news, its open roles, a
/// measurable claim from the materials, the meeting goal, its size and the decision maker. Each
/// question needs its facts; the first five that can be asked are used.
/// </summary>
internal static partial class StrategicQuestionBuilder
{
    public const int Count = 5;

    public static IReadOnlyList<string> Build(MeetingBrief brief)
    {
        var company = brief.Company;
        var product = brief.Product;
        var candidates = new[]
        {
            Gist(product.Description) is { } gist
                ? $"How does {company.Name} handle {gist} today, and where does that process cost you the most time or money?"
                : null,
            company.TechStack.Count > 0
                ? $"How would {product.Name} need to work with {JoinAnd(company.TechStack.Take(3).ToList())} for your team to sign off on it?"
                : null,
            company.LatestNews.FirstOrDefault() is { } news
                ? $"How does \"{Clip(news, 12)}\" change {Possessive(company.Name)} priorities this year, and where would {product.Name} fit in?"
                : null,
            company.OpenRoles.Count > 0
                ? $"You are hiring for {JoinAnd(company.OpenRoles.Take(2).ToList())}: which of that work would you rather automate than staff?"
                : company.OpenPositions is > 0 and var open
                    ? $"With {open} open positions, which team is most stretched, and would {product.Name} take load off it?"
                    : null,
            MeasurableClaim(brief) is { } claim
                ? $"Our {claim.Title} reports \"{claim.Text}\": what would a result like that be worth to {company.Name}?"
                : null,
            string.IsNullOrWhiteSpace(brief.Goal)
                ? null
                : $"What would need to be true for {company.Name} to {Lower(ProseText(brief.Goal))}, and who has to agree?",
            company.CompanySize is { Length: > 0 } size
                ? $"In a {Industry(company)}company of {size} people, who besides the people in this room takes part in a decision on {product.Name}?"
                : null,
            brief.Representatives.FirstOrDefault(r => r.IsDecisionMaker) is { } decider
                ? $"{decider.Name}, as {RoleVocabulary.Label(decider.Role)}, what would you need to see in the first 90 days to call {product.Name} a success?"
                : $"How would {company.Name} measure success for {product.Name} after the first 90 days?",
            $"What have you already tried to solve this at {company.Name}, and why did it fall short?",
        };
        return candidates.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Take(Count).ToList();
    }

    /// <summary>The job the product does, from its description: "reads invoices, matches them…" gives that clause.</summary>
    private static string? Gist(string description)
    {
        var first = ProseText(description);
        if (first.IndexOf(':') is > 0 and var colon && colon < first.Length - 1)
        {
            // "Accounts-payable automation: invoice capture, matching and routing for finance teams" names the work after the colon.
            var work = first[(colon + 1)..].Trim().TrimEnd('.');
            var forWhom = work.IndexOf(" for ", StringComparison.Ordinal);
            work = Clip(forWhom > 0 ? work[..forWhom] : work, 14);
            if (work.Length > 0)
            {
                return Lower(work);
            }
        }

        var that = ThatClause().Match(first);
        var gist = that.Success ? that.Groups["job"].Value : first;
        gist = Clip(gist, 14);
        return gist.Length == 0 ? null : (that.Success ? "the work of " + Gerund(gist) : "what " + Lower(gist) + " covers");
    }

    private static (string Title, string Text)? MeasurableClaim(MeetingBrief brief) =>
        brief.Product.Materials
            .SelectMany(m => TranscriptText.Sentences(m.Text).Select(s => (Title: Path.GetFileNameWithoutExtension(m.Title), Text: s)))
            .Where(s => Number().IsMatch(s.Text) && TranscriptText.CountWords(s.Text) <= 30)
            .Select(s => (s.Title, Text: ProseText(s.Text)))
            .Cast<(string, string)?>()
            .FirstOrDefault();

    private static string Industry(CompanyProfile company) =>
        company.Industry is { Length: > 0 } industry ? industry.ToLowerInvariant() + " " : string.Empty;

    /// <summary>"reads invoices, matches them" becomes "reading invoices, matching them".</summary>
    private static string Gerund(string clause) => VerbS().Replace(clause, m => m.Groups["verb"].Value switch
    {
        var v when v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal) => v[..^1] + "ing",
        var v => v + "ing",
    });

    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    private static string ProseText(string text) => text.Trim().TrimEnd('.', '!', ';', ':').Trim();

    private static string Clip(string text, int words)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts.Take(words)).TrimEnd(',', ';', ':');
    }

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string JoinAnd(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    [GeneratedRegex(@"\b(?:that|which)\s+(?<job>[a-z][^.]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ThatClause();

    [GeneratedRegex(@"(?<=^|,\s|\band\s)(?<verb>[a-z]{3,})s\b", RegexOptions.CultureInvariant)]
    private static partial Regex VerbS();

    [GeneratedRegex(@"\d")]
    private static partial Regex Number();
}
