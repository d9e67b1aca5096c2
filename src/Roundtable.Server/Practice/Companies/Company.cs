namespace Roundtable.Server.Practice.Companies;

/// <summary>A prospect company, researched from its web site or entered by hand.</summary>
public sealed class Company
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    public required string Name { get; set; }

    public string? Url { get; set; }

    /// <summary>The company facts as seed 003's <c>company_data</c> JSON object.</summary>
    public required string CompanyDataJson { get; set; }

    /// <summary>"web" when researched from <see cref="Url"/>, "manual" when entered by hand.</summary>
    public required string Source { get; set; }

    /// <summary>Who structured the researched facts ("OpenAI gpt-4o", "offline"); null for manual entry.</summary>
    public string? ResearchedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<CompanyRepresentative> Representatives { get; set; } = [];
}
