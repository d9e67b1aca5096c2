using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Accounts;
using Roundtable.Server.Assistant;
using Roundtable.Server.Data;

namespace Roundtable.Server.Practice.Companies;

/// <summary>/api/company: prospect companies, researched from their web site or entered by hand.</summary>
public static class CompaniesApi
{
    public static RouteGroupBuilder MapCompaniesApi(this RouteGroupBuilder api)
    {
        var companies = api.MapGroup("/company").WithTags("Practice: companies");
        companies.MapPost("/create", Create).WithName("CreateCompany")
            .WithSummary("Creates a company from its web address (auto_fetch: researched, SSRF-safe) or by hand (company_name, company_data).");
        companies.MapGet("/{id}", Get).WithName("GetCompany").WithSummary("A company and its company_data.");
        return api;
    }

    public static async Task<Results<Created<PracticeEnvelope<CompanyView>>, ValidationProblem, ProblemHttpResult>> Create(
        CreateCompanyRequest? request, ClaimsPrincipal user, RoundtableDbContext db, CompanyResearchIntake research,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return PracticeResults.Invalid("body", "Send {\"company_url\", \"auto_fetch\": true} or {\"company_name\", \"company_data\", \"auto_fetch\": false}.");
        }

        var applicationId = ApplicationClaims.ApplicationIdOf(user);
        var company = request.AutoFetch == true || (request.AutoFetch is null && request.CompanyName is null)
            ? await research.ResearchAsync(request, cancellationToken)
            : ByHand(request);
        if (company.Invalid is { } invalid)
        {
            return invalid;
        }

        if (company.Problem is { } problem)
        {
            return problem;
        }

        var created = company.Company!;
        created.Id = Guid.CreateVersion7(timeProvider.GetUtcNow());
        created.ApplicationId = applicationId;
        created.CreatedAt = timeProvider.GetUtcNow();
        db.Companies.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return PracticeResults.Created($"/api/company/{created.Id}", CompanyView.Of(created, 0));
    }

    public static async Task<Results<Ok<PracticeEnvelope<CompanyView>>, ProblemHttpResult>> Get(
        string id, ClaimsPrincipal user, RoundtableDbContext db, CancellationToken cancellationToken)
    {
        var company = await FindAsync(db, ApplicationClaims.ApplicationIdOf(user), id, cancellationToken);
        if (company is null)
        {
            return PracticeResults.NotFound("company");
        }

        var representatives = await db.Representatives.CountAsync(r => r.CompanyId == company.Id, cancellationToken);
        return PracticeResults.Ok(CompanyView.Of(company, representatives));
    }

    /// <summary>The application's company with that id, or null (another application's company is "not found" too).</summary>
    public static async Task<Company?> FindAsync(RoundtableDbContext db, Guid applicationId, string? id, CancellationToken cancellationToken) =>
        PracticeIds.Parse(id) is { } companyId
            ? await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == companyId && c.ApplicationId == applicationId, cancellationToken)
            : null;

    private static CompanyCreation ByHand(CreateCompanyRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        Require.Text(errors, "company_name", request.CompanyName, PracticeLimits.MaxNameLength);
        string? url = null;
        if (request.CompanyUrl is not null && !CompanyUrls.TryNormalize(request.CompanyUrl, out url))
        {
            errors["company_url"] = ["'company_url', when given, is an absolute http or https address."];
        }

        var data = request.CompanyData is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } given ? given : default(JsonElement?);
        if (data is { ValueKind: not JsonValueKind.Object })
        {
            errors["company_data"] = ["'company_data' is a JSON object, e.g. {\"industry\": \"Logistics\", \"company_size\": \"200-500\"}."];
        }

        var json = data?.GetRawText() ?? "{}";
        if (data is { ValueKind: JsonValueKind.Object } && !CompanyData.HasUniqueKeys(json))
        {
            errors["company_data"] = ["'company_data' names a field more than once."];
        }

        if (Encoding.UTF8.GetByteCount(json) > PracticeLimits.MaxCompanyDataBytes)
        {
            errors["company_data"] = [$"'company_data' is at most {PracticeLimits.MaxCompanyDataBytes} bytes of JSON."];
        }

        if (errors.Count > 0)
        {
            return CompanyCreation.Failed(TypedResults.ValidationProblem(errors));
        }

        return CompanyCreation.Of(new Company { Name = request.CompanyName!.Trim(), Url = url, CompanyDataJson = json, Source = "manual" });
    }
}
