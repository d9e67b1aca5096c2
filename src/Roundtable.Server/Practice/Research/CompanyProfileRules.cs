using Roundtable.Engine.Practice;

namespace Roundtable.Server.Practice.Research;

/// <summary>Fills a company profile from the parsed pages alone, taking each field only where a page states it.</summary>
public static class CompanyProfileRules
{
    private const int MaxNews = 10;
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " · ", ": "];

    public static CompanyProfile From(ResearchedSite site)
    {
        var organization = site.Organization;
        var roles = OpenRoles(site);
        return new CompanyProfile
        {
            Name = organization.Name ?? site.Home.SiteName ?? TitleName(site.Home.Title) ?? site.Url.Host,
            Url = site.Url.ToString(),
            Description = organization.Description ?? site.Home.Description ?? site.About.Select(p => p.Description).FirstOrDefault(d => d is not null),
            Industry = organization.Industry,
            CompanySize = organization.Size,
            Headquarters = organization.Headquarters,
            Founded = organization.Founded,
            TechStack = [.. site.AllPages.SelectMany(p => p.TechHints).Distinct(StringComparer.OrdinalIgnoreCase)],
            OpenRoles = roles,
            OpenPositions = site.Careers.Select(p => p.StatedOpenPositions).FirstOrDefault(n => n is not null)
                ?? (site.Careers.Count > 0 || roles.Count > 0 ? roles.Count : null),
            LatestNews = [.. site.News.Concat([site.Home]).SelectMany(p => p.Headlines).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxNews)],
        };
    }

    // Job titles count only from careers pages and job-posting markup: a "position" class elsewhere is often not a job.
    private static IReadOnlyList<string> OpenRoles(ResearchedSite site) =>
        [.. site.Careers.SelectMany(p => p.JobTitles).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string? TitleName(string? title)
    {
        if (title is null)
            return null;
        foreach (var separator in TitleSeparators)
        {
            var index = title.IndexOf(separator, StringComparison.Ordinal);
            if (index > 0)
                return title[..index].Trim();
        }
        return title;
    }
}
