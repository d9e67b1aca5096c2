namespace Roundtable.Server.Practice.Research;

/// <summary>The pages read from one company's site, by what they are.</summary>
public sealed record ResearchedSite(Uri Url, ParsedCompanyPage Home, IReadOnlyList<ParsedCompanyPage> About, IReadOnlyList<ParsedCompanyPage> Careers, IReadOnlyList<ParsedCompanyPage> News)
{
    public IEnumerable<ParsedCompanyPage> AllPages => [Home, .. About, .. Careers, .. News];

    public OrganizationFacts Organization => AllPages.Select(p => p.Organization).Aggregate((a, b) => a.Merge(b));
}
