namespace Roundtable.Engine.Practice;

/// <summary>
/// What is known about the prospect company, whether researched from its web site or entered by
/// hand. Unknown facts stay null or empty; nothing is invented.
/// </summary>
public sealed record CompanyProfile
{
    public required string Name { get; init; }

    public string? Url { get; init; }

    public string? Description { get; init; }

    public string? Industry { get; init; }

    /// <summary>Head count or a range, as the source states it, e.g. "500-1000".</summary>
    public string? CompanySize { get; init; }

    public string? Headquarters { get; init; }

    public string? Revenue { get; init; }

    public string? Founded { get; init; }

    public IReadOnlyList<string> TechStack { get; init; } = [];

    public int? OpenPositions { get; init; }

    /// <summary>Titles of open positions, when a careers page lists them.</summary>
    public IReadOnlyList<string> OpenRoles { get; init; } = [];

    /// <summary>Recent news or blog headlines.</summary>
    public IReadOnlyList<string> LatestNews { get; init; } = [];
}
