using Microsoft.Extensions.Options;

namespace Roundtable.Server.Practice.Research;

/// <summary>
/// Researches a company from its web site: the home page, then its about, careers and news pages
/// (same site only, up to <see cref="ResearchOptions.MaxPages"/>), structured into a profile by the
/// analyst model, or by rules when only the offline model is available.
/// </summary>
public sealed partial class CompanyResearcher(
    SafeHttpFetcher fetcher, CompanyPageParser parser, CompanyProfileStructurer structurer, IOptions<ResearchOptions> options, ILogger<CompanyResearcher> logger)
{
    /// <summary>Throws <see cref="CompanyFetchException"/> when the home page cannot be read; a further page that fails is skipped.</summary>
    public async Task<CompanyResearch> ResearchAsync(Uri url, CancellationToken cancellationToken)
    {
        var site = await ReadSiteAsync(url, cancellationToken);
        var fromRules = CompanyProfileRules.From(site);
        var structured = await structurer.StructureAsync(site, fromRules, cancellationToken);
        var pagesRead = site.AllPages.Select(p => p.Url).ToList();
        return structured.IsOffline
            ? new CompanyResearch(fromRules, structured.Producer, IsOffline: true, pagesRead)
            : new CompanyResearch(structured.Profile!, structured.Producer, IsOffline: false, pagesRead);
    }

    private async Task<ResearchedSite> ReadSiteAsync(Uri url, CancellationToken cancellationToken)
    {
        var home = parser.Parse(await fetcher.FetchAsync(url, cancellationToken));
        var pages = new Dictionary<SitePageRole, List<ParsedCompanyPage>> { [SitePageRole.About] = [], [SitePageRole.Careers] = [], [SitePageRole.News] = [] };
        var seen = new HashSet<Uri> { url, home.Url };
        var queue = new Queue<(Uri Link, SitePageRole Role)>(Links(home));
        var read = 1;
        while (read < options.Value.MaxPages && queue.TryDequeue(out var next))
        {
            if (!seen.Add(next.Link) || !SiteLinks.IsSameSite(home.Url, next.Link))
                continue;
            if (await TryReadAsync(next.Link, home.Url, cancellationToken) is not { } page)
                continue;
            read++;
            seen.Add(page.Url);
            pages[next.Role].Add(page);
            foreach (var link in Links(page))
                queue.Enqueue(link);
        }
        return new ResearchedSite(home.Url, home, pages[SitePageRole.About], pages[SitePageRole.Careers], pages[SitePageRole.News]);
    }

    private async Task<ParsedCompanyPage?> TryReadAsync(Uri link, Uri home, CancellationToken cancellationToken)
    {
        try
        {
            var page = parser.Parse(await fetcher.FetchAsync(link, cancellationToken));
            return SiteLinks.IsSameSite(home, page.Url) ? page : null;
        }
        catch (CompanyFetchException e)
        {
            LogPageSkipped(logger, link, e.Kind, e.Reason);
            return null;
        }
    }

    // One of each kind first, so a blog with many posts cannot crowd out the about and careers pages.
    private static IEnumerable<(Uri, SitePageRole)> Links(ParsedCompanyPage page)
    {
        var lists = new[] { (page.AboutLinks, SitePageRole.About), (page.CareersLinks, SitePageRole.Careers), (page.NewsLinks, SitePageRole.News) };
        var longest = lists.Max(l => l.Item1.Count);
        for (var i = 0; i < longest; i++)
        {
            foreach (var (links, role) in lists)
            {
                if (i < links.Count)
                    yield return (links[i], role);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Company research skipped {Url}: {Kind} {Reason}")]
    private static partial void LogPageSkipped(ILogger logger, Uri url, CompanyFetchFailure kind, string reason);
}
