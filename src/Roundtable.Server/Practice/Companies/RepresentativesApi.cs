using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Roundtable.Engine.Practice;
using Roundtable.Server.Accounts;
using Roundtable.Server.Assistant;
using Roundtable.Server.Data;

namespace Roundtable.Server.Practice.Companies;

/// <summary>/api/company/{id}/representatives: the people the AI plays in meetings.</summary>
public static partial class RepresentativesApi
{
    public static RouteGroupBuilder MapRepresentativesApi(this RouteGroupBuilder api)
    {
        var representatives = api.MapGroup("/company/{id}/representatives").WithTags("Practice: companies");
        representatives.MapPost("/", Add).WithName("AddRepresentative")
            .WithSummary("Adds a representative; personality_traits are among angry, arrogant, soft, cold_hearted, nice, analytical, cool.");
        representatives.MapGet("/", List).WithName("ListRepresentatives").WithSummary("The company's representatives, oldest first.");
        return api;
    }

    public static async Task<Results<Created<PracticeEnvelope<RepresentativeView>>, ValidationProblem, ProblemHttpResult>> Add(
        string id, CreateRepresentativeRequest? request, ClaimsPrincipal user, RoundtableDbContext db, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var company = await CompaniesApi.FindAsync(db, ApplicationClaims.ApplicationIdOf(user), id, cancellationToken);
        if (company is null)
        {
            return PracticeResults.NotFound("company");
        }

        var errors = Validate(request ?? new CreateRepresentativeRequest(null, null, null, null, null, null, null, null));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await db.Representatives.CountAsync(r => r.CompanyId == company.Id, cancellationToken) >= PracticeLimits.MaxRepresentativesPerCompany)
        {
            return PracticeResults.Invalid("company_id", $"A company has at most {PracticeLimits.MaxRepresentativesPerCompany} representatives.");
        }

        var representative = new CompanyRepresentative
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            CompanyId = company.Id,
            Name = request!.Name!.Trim(),
            Role = request.Role!.Trim().ToLowerInvariant(),
            TenureMonths = request.TenureMonths ?? 0,
            PersonalityTraitsJson = JsonSerializer.Serialize(request.PersonalityTraits!.Distinct(StringComparer.Ordinal).ToArray()),
            IsDecisionMaker = request.IsDecisionMaker ?? false,
            LinkedinProfile = request.LinkedinProfile?.Trim(),
            Notes = request.Notes?.Trim(),
            VoiceId = request.VoiceId?.Trim(),
            CreatedAt = timeProvider.GetUtcNow(),
        };
        db.Representatives.Add(representative);
        await db.SaveChangesAsync(cancellationToken);
        return PracticeResults.Created($"/api/company/{company.Id}/representatives/{representative.Id}", RepresentativeView.Of(representative));
    }

    public static async Task<Results<Ok<PracticeEnvelope<IReadOnlyList<RepresentativeView>>>, ProblemHttpResult>> List(
        string id, ClaimsPrincipal user, RoundtableDbContext db, CancellationToken cancellationToken)
    {
        var company = await CompaniesApi.FindAsync(db, ApplicationClaims.ApplicationIdOf(user), id, cancellationToken);
        if (company is null)
        {
            return PracticeResults.NotFound("company");
        }

        var representatives = await db.Representatives.AsNoTracking().Where(r => r.CompanyId == company.Id).ToListAsync(cancellationToken);
        return PracticeResults.Ok<IReadOnlyList<RepresentativeView>>([.. representatives.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(RepresentativeView.Of)]);
    }

    private static Dictionary<string, string[]> Validate(CreateRepresentativeRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        Require.Text(errors, "name", request.Name, PracticeLimits.MaxNameLength);
        if (string.IsNullOrWhiteSpace(request.Role) || !RoleKey().IsMatch(request.Role.Trim()))
        {
            errors["role"] = ["'role' is required: a role key of letters, digits and underscores, e.g. ceo, cfo, cto, vp_sales."];
        }

        Require.Range(errors, "tenure_months", request.TenureMonths, 0, PracticeLimits.MaxTenureMonths);
        if (request.PersonalityTraits is not { Count: > 0 } traits)
        {
            errors["personality_traits"] = [$"'personality_traits' lists at least one of: {string.Join(", ", PersonalityTraits.All)}."];
        }
        else if (traits.Any(t => !PersonalityTraits.IsKnown(t ?? "")))
        {
            var unknown = traits.First(t => !PersonalityTraits.IsKnown(t ?? ""));
            errors["personality_traits"] = [$"'{unknown}' is not a personality trait; use {string.Join(", ", PersonalityTraits.All)}."];
        }

        Require.Optional(errors, "linkedin_profile", request.LinkedinProfile, PracticeLimits.MaxUrlLength);
        Require.Optional(errors, "notes", request.Notes, PracticeLimits.MaxNotesLength);
        Require.Optional(errors, "voice_id", request.VoiceId, 100);
        return errors;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{1,49}$")]
    private static partial Regex RoleKey();
}
