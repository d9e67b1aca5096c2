using Microsoft.AspNetCore.Http.HttpResults;

namespace Roundtable.Server.Practice.Companies;

/// <summary>A company ready to store, or the 4xx that explains why it cannot be made.</summary>
public sealed record CompanyCreation(Company? Company, ValidationProblem? Invalid, ProblemHttpResult? Problem)
{
    public static CompanyCreation Of(Company company) => new(company, null, null);

    public static CompanyCreation Failed(ValidationProblem invalid) => new(null, invalid, null);

    public static CompanyCreation Failed(ProblemHttpResult problem) => new(null, null, problem);
}
