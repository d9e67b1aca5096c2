using System.Text.Json;

namespace Roundtable.Server.Practice.Companies;

/// <summary>
/// <c>POST /api/company/create</c>: either <c>{"company_url", "auto_fetch": true}</c> (researched
/// from the web site) or <c>{"company_name", "company_data", "auto_fetch": false}</c> (by hand).
/// </summary>
public sealed record CreateCompanyRequest(string? CompanyUrl, bool? AutoFetch, string? CompanyName, JsonElement? CompanyData);
