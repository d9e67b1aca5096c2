using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>Finds the business a Showcase request is about: the given id, or the featured business.</summary>
public sealed record BusinessLookup(Business? Business, ValidationProblem? Invalid, ProblemHttpResult? NotFound)
{
    public static async Task<BusinessLookup> FindAsync(RoundtableDbContext db, string? businessId, CancellationToken cancellationToken)
    {
        if (businessId is null)
        {
            var featured = await db.Businesses.AsNoTracking()
                .OrderByDescending(b => b.IsFeatured).ThenBy(b => b.Id)
                .FirstOrDefaultAsync(cancellationToken);
            return featured is null ? Missing("There is no business yet.") : new BusinessLookup(featured, null, null);
        }

        if (!int.TryParse(businessId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return new BusinessLookup(null, TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["business_id"] = ["business_id must be a positive integer."],
            }), null);
        }

        var business = await db.Businesses.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        return business is null ? Missing($"Business {id} does not exist.") : new BusinessLookup(business, null, null);
    }

    // TypedResults.Problem, not NotFound(problem): only the former is sent as application/problem+json.
    private static BusinessLookup Missing(string detail) => new(null, null, TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Business not found",
        Detail = detail,
    }));
}
