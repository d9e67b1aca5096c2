namespace Roundtable.Server.Practice.Research;

/// <summary>Facts from a page's schema.org Organization markup (JSON-LD).</summary>
public sealed record OrganizationFacts
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    public string? Headquarters { get; init; }

    public string? Size { get; init; }

    public string? Founded { get; init; }

    public string? Industry { get; init; }

    public IReadOnlyList<string> KnowsAbout { get; init; } = [];

    public OrganizationFacts Merge(OrganizationFacts other) => new()
    {
        Name = Name ?? other.Name,
        Description = Description ?? other.Description,
        Headquarters = Headquarters ?? other.Headquarters,
        Size = Size ?? other.Size,
        Founded = Founded ?? other.Founded,
        Industry = Industry ?? other.Industry,
        KnowsAbout = [.. KnowsAbout.Union(other.KnowsAbout, StringComparer.OrdinalIgnoreCase)],
    };
}
