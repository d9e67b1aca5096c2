namespace Roundtable.Server.Practice.Companies;

// HOLD: temporary until the research branch is merged.
public sealed class CompanyResearchIntake
{
    public Task<CompanyCreation> ResearchAsync(CreateCompanyRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();
}
