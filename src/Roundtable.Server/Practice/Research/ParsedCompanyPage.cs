namespace Roundtable.Server.Practice.Research;

/// <summary>What one page of a company's site states about the company. Only what the page says; nothing inferred.</summary>
public sealed record ParsedCompanyPage
{
    public required Uri Url { get; init; }

    public string? Title { get; init; }

    public string? SiteName { get; init; }

    public string? Description { get; init; }

    public OrganizationFacts Organization { get; init; } = new();

    public IReadOnlyList<Uri> AboutLinks { get; init; } = [];

    public IReadOnlyList<Uri> CareersLinks { get; init; } = [];

    public IReadOnlyList<Uri> NewsLinks { get; init; } = [];

    /// <summary>Titles of job postings: JSON-LD JobPosting and job listings in the page.</summary>
    public IReadOnlyList<string> JobTitles { get; init; } = [];

    /// <summary>A count the page states, e.g. "12 open positions".</summary>
    public int? StatedOpenPositions { get; init; }

    public IReadOnlyList<string> Headlines { get; init; } = [];

    public IReadOnlyList<string> TechHints { get; init; } = [];

    /// <summary>The page's visible text, shortened, for grounding what a model says.</summary>
    public string Text { get; init; } = "";
}
