using System.Text.RegularExpressions;
using Roundtable.Engine.Practice;

namespace Roundtable.Server.Practice.Research;

/// <summary>
/// Keeps a model's profile values only when their words occur in the pages read; a value the pages
/// do not support falls back to what the rules found (or nothing).
/// </summary>
public sealed partial class SourceGrounding(ResearchedSite site)
{
    // A description is a summary and may reword; most of its words must still come from the pages.
    private const double DescriptionShareRequired = 0.6;

    private readonly HashSet<string> words = SourceWords(site);

    public CompanyProfile Keep(CompanyProfile draft, CompanyProfile fromRules) => new()
    {
        Name = Grounded(draft.Name) ?? fromRules.Name,
        Url = fromRules.Url,
        Description = MostlyGrounded(draft.Description) ?? fromRules.Description,
        Industry = Grounded(draft.Industry) ?? fromRules.Industry,
        CompanySize = Grounded(draft.CompanySize) ?? fromRules.CompanySize,
        Headquarters = Grounded(draft.Headquarters) ?? fromRules.Headquarters,
        Revenue = Grounded(draft.Revenue) ?? fromRules.Revenue,
        Founded = Grounded(draft.Founded) ?? fromRules.Founded,
        TechStack = GroundedList(draft.TechStack, fromRules.TechStack),
        OpenPositions = draft.OpenPositions is { } count && (count == fromRules.OpenPositions || words.Contains(count.ToString()))
            ? count
            : fromRules.OpenPositions,
        OpenRoles = GroundedList(draft.OpenRoles, fromRules.OpenRoles),
        LatestNews = GroundedList(draft.LatestNews, fromRules.LatestNews),
    };

    private string? Grounded(string? value) =>
        value is not null && Words(value).ToList() is { Count: > 0 } valueWords && valueWords.All(words.Contains) ? value.Trim() : null;

    private string? MostlyGrounded(string? value)
    {
        var valueWords = value is null ? [] : Words(value).ToList();
        return valueWords.Count > 0 && valueWords.Count(words.Contains) >= DescriptionShareRequired * valueWords.Count ? value!.Trim() : null;
    }

    private IReadOnlyList<string> GroundedList(IReadOnlyList<string>? values, IReadOnlyList<string> fallback)
    {
        var kept = (values ?? []).Select(Grounded).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return kept.Count > 0 ? kept : fallback;
    }

    private static HashSet<string> SourceWords(ResearchedSite site)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in site.AllPages)
        {
            var organization = page.Organization;
            string?[] texts =
            [
                page.Text, page.Title, page.SiteName, page.Description, page.Url.Host,
                organization.Name, organization.Description, organization.Headquarters, organization.Size, organization.Founded, organization.Industry,
                .. organization.KnowsAbout, .. page.JobTitles, .. page.Headlines, .. page.TechHints,
            ];
            foreach (var text in texts.OfType<string>())
                set.UnionWith(Words(text));
        }
        return set;
    }

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
