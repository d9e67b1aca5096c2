using AngleSharp.Dom;

namespace Roundtable.Server.Practice.Research;

/// <summary>Finds links to a site's own about, careers and news pages, by path and link text.</summary>
public static class SiteLinks
{
    private static readonly string[] AboutWords = ["about", "about-us", "company", "who-we-are", "our-story", "team"];
    private static readonly string[] CareersWords = ["careers", "career", "jobs", "join-us", "work-with-us", "open-positions", "hiring"];
    private static readonly string[] NewsWords = ["news", "blog", "press", "newsroom", "insights", "updates"];

    public static (IReadOnlyList<Uri> About, IReadOnlyList<Uri> Careers, IReadOnlyList<Uri> News) Of(IDocument document, Uri page)
    {
        var about = new List<Uri>();
        var careers = new List<Uri>();
        var news = new List<Uri>();
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            if (!Uri.TryCreate(page, anchor.GetAttribute("href"), out var target) || !IsSameSite(page, target))
                continue;
            target = WithoutFragment(target);
            if (target.AbsolutePath == page.AbsolutePath)
                continue;
            var words = Words(target.AbsolutePath, anchor.TextContent);
            if (words.Overlaps(CareersWords)) AddOnce(careers, target);
            else if (words.Overlaps(NewsWords)) AddOnce(news, target);
            else if (words.Overlaps(AboutWords)) AddOnce(about, target);
        }
        return (about, careers, news);
    }

    /// <summary>The same site: same scheme family and host, with or without "www.".</summary>
    public static bool IsSameSite(Uri site, Uri target) =>
        target.Scheme is "http" or "https"
        && string.Equals(BareHost(site), BareHost(target), StringComparison.OrdinalIgnoreCase);

    private static string BareHost(Uri uri) =>
        uri.IdnHost.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.IdnHost[4..] : uri.IdnHost;

    private static HashSet<string> Words(string path, string text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries).Take(2))
        {
            words.Add(segment);
            words.UnionWith(segment.Split(['-', '_', '.']));
        }
        var normalized = text.Trim().ToLowerInvariant();
        words.Add(normalized.Replace(' ', '-'));
        words.UnionWith(normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return words;
    }

    private static Uri WithoutFragment(Uri uri) => new UriBuilder(uri) { Fragment = "" }.Uri;

    private static void AddOnce(List<Uri> list, Uri uri)
    {
        if (!list.Contains(uri))
            list.Add(uri);
    }
}
