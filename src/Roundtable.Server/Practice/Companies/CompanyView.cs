using System.Text.Json;

namespace Roundtable.Server.Practice.Companies;

/// <summary>A company as the API shows it; <c>company_data</c> is seed 003's object.</summary>
public sealed record CompanyView(
    Guid Id,
    string CompanyName,
    string? CompanyUrl,
    JsonElement CompanyData,
    string Source,
    string? ResearchedBy,
    bool IsOffline,
    int RepresentativeCount,
    DateTimeOffset CreatedAt)
{
    public static CompanyView Of(Company company, int representativeCount) => new(
        company.Id, company.Name, company.Url, JsonDocument.Parse(company.CompanyDataJson).RootElement.Clone(), company.Source,
        company.ResearchedBy, company.ResearchedBy == "offline", representativeCount, company.CreatedAt);
}
