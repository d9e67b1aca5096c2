using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Roundtable.Server.Practice.Research;

/// <summary>Reads what a company page states: name, description, Organization markup, links to its own pages, jobs, headlines, technologies.</summary>
public sealed partial class CompanyPageParser
{
    private const int MaxTextCharacters = 20_000;
    private const int MaxListItems = 25;
    private const string JobContainers = "[class*=job], [id*=job], [class*=position], [id*=position], [class*=opening], [id*=opening], [class*=vacanc]";
    private const string NewsContainers = "article, [class*=post], [class*=news], [class*=press], [class*=entry]";

    private readonly HtmlParser parser = new(new HtmlParserOptions { IsScripting = false });

    public ParsedCompanyPage Parse(FetchedPage page)
    {
        using var document = parser.ParseDocument(page.Html);
        var jsonLd = JsonLdReader.Objects(document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        var (about, careers, news) = SiteLinks.Of(document, page.Url);
        var techHints = TechStackHints.Of(document);
        // Reading the visible text removes scripts, so everything read from scripts comes first.
        var text = VisibleText(document);
        return new ParsedCompanyPage
        {
            Url = page.Url,
            Title = Clean(document.Title),
            SiteName = Meta(document, "og:site_name"),
            Description = Meta(document, "description") ?? Meta(document, "og:description"),
            Organization = JsonLdReader.Organization(jsonLd),
            AboutLinks = about,
            CareersLinks = careers,
            NewsLinks = news,
            JobTitles = Distinct(JsonLdReader.JobTitles(jsonLd).Concat(ListedJobTitles(document))),
            StatedOpenPositions = StatedCount(text),
            Headlines = Distinct(JsonLdReader.Headlines(jsonLd).Concat(PageHeadlines(document))),
            TechHints = techHints,
            Text = text.Length <= MaxTextCharacters ? text : text[..MaxTextCharacters],
        };
    }

    private static string? Meta(IDocument document, string name) =>
        Clean(document.QuerySelectorAll("meta")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("name") ?? m.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content"));

    // A job listing is a heading or link inside an element whose class or id names jobs or positions.
    private static IEnumerable<string> ListedJobTitles(IDocument document) =>
        document.QuerySelectorAll(JobContainers)
            .SelectMany(container => container.QuerySelectorAll("h2, h3, h4, a"))
            .Where(e => e.QuerySelector("h2, h3, h4") is null)
            .Select(e => Clean(e.TextContent))
            .OfType<string>()
            .Where(LooksLikeTitle);

    private static IEnumerable<string> PageHeadlines(IDocument document) =>
        document.QuerySelectorAll(NewsContainers)
            .Select(container => container.QuerySelector("h1, h2, h3"))
            .OfType<IElement>()
            .Select(e => Clean(e.TextContent))
            .OfType<string>()
            .Where(LooksLikeTitle);

    private static bool LooksLikeTitle(string text) =>
        text.Length is >= 3 and <= 160 && !text.Equals("apply", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("read more", StringComparison.OrdinalIgnoreCase);

    private static int? StatedCount(string text) =>
        OpenPositionsCount().Match(text) is { Success: true } match && int.TryParse(match.Groups[1].Value, out var count) ? count : null;

    private static string VisibleText(IDocument document)
    {
        foreach (var hidden in document.QuerySelectorAll("script, style, noscript, template").ToList())
            hidden.Remove();
        return Whitespace().Replace(document.Body?.TextContent ?? "", " ").Trim();
    }

    private static IReadOnlyList<string> Distinct(IEnumerable<string> items) =>
        [.. items.Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxListItems)];

    private static string? Clean(string? text) =>
        text is null ? null : Whitespace().Replace(text, " ").Trim() is { Length: > 0 } cleaned ? cleaned : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(\d{1,5})\s+(?:open\s+)?(?:positions|roles|jobs|openings|vacancies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpenPositionsCount();
}
