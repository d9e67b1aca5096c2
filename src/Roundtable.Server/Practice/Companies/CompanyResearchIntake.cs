using Roundtable.Server.Practice.Research;

namespace Roundtable.Server.Practice.Companies;

/// <summary>
/// Turns <c>{"company_url", "auto_fetch": true}</c> into a company: the address is researched by the
/// SSRF-safe <see cref="CompanyResearcher"/>; a refused or failed fetch is a 400/422 with its reason,
/// and the caller can still create the company by hand.
/// </summary>
public sealed class CompanyResearchIntake(CompanyResearcher researcher)
{
    public async Task<CompanyCreation> ResearchAsync(CreateCompanyRequest request, CancellationToken cancellationToken)
    {
        if (request.CompanyName is { Length: > PracticeLimits.MaxNameLength })
        {
            return CompanyCreation.Failed(PracticeResults.Invalid("company_name", $"'company_name' has at most {PracticeLimits.MaxNameLength} characters."));
        }

        if (!CompanyUrls.TryNormalize(request.CompanyUrl, out var url))
        {
            return CompanyCreation.Failed(PracticeResults.Invalid("company_url",
                "'company_url' is required with auto_fetch and is an absolute http or https address; without it, send company_name and company_data with auto_fetch false."));
        }

        try
        {
            var research = await researcher.ResearchAsync(new Uri(url!), cancellationToken);
            return CompanyCreation.Of(new Company
            {
                Name = Clip(request.CompanyName?.Trim() is { Length: > 0 } name ? name : research.Profile.Name, PracticeLimits.MaxNameLength),
                Url = url,
                CompanyDataJson = CompanyData.ToJson(research.Profile),
                Source = "web",
                ResearchedBy = research.IsOffline ? "offline" : research.Producer?.Label ?? "offline",
            });
        }
        catch (CompanyFetchException failure)
        {
            if (failure.Kind == CompanyFetchFailure.InvalidUrl)
            {
                return CompanyCreation.Failed(PracticeResults.Invalid("company_url", failure.Message));
            }

            return CompanyCreation.Failed(PracticeResults.Unprocessable(
                $"The company's web site could not be researched ({failure.Kind})",
                $"{failure.Message} Create the company by hand with company_name and company_data (auto_fetch false)."));
        }
    }

    // A site may call itself anything; the column keeps the first characters.
    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
