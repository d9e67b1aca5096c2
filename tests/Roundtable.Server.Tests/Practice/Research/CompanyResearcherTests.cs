using Roundtable.Server.Practice.Research;

namespace Roundtable.Server.Tests.Practice.Research;

public sealed class CompanyResearcherTests : IAsyncLifetime
{
    private CompanySite site = null!;

    public async Task InitializeAsync() => site = await CompanySite.StartAsync();

    public async Task DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task ResearchAsync_OfflineOnly_FillsTheProfileFromThePagesByRules()
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: true));

        var result = await research.Researcher.ResearchAsync(site.Root, CancellationToken.None);

        Assert.True(result.IsOffline);
        Assert.True(result.Producer?.IsOffline);
        var profile = result.Profile;
        Assert.Equal("Acme Rockets Inc.", profile.Name);
        Assert.Equal(site.Root.ToString(), profile.Url);
        Assert.Equal("Acme Rockets builds launch scheduling software for small satellite operators.", profile.Description);
        Assert.Equal("Aerospace software", profile.Industry);
        Assert.Equal("200-500", profile.CompanySize);
        Assert.Equal("Austin, TX, US", profile.Headquarters);
        Assert.Equal("2012", profile.Founded);
        Assert.Null(profile.Revenue);
        Assert.Equal(["Google Tag Manager", "HubSpot", "Stripe", "Next.js", "React"], profile.TechStack);
        Assert.Equal(3, profile.OpenPositions);
        Assert.Equal(["Senior Rust Engineer", "Account Executive, EMEA", "Mission Operations Lead"], profile.OpenRoles);
        Assert.Equal(["Acme Rockets raises Series B to expand in Europe", "Launch windows, explained"], profile.LatestNews);
        Assert.Equal([site.Root, new Uri(site.Root, "/company/about"), new Uri(site.Root, "/careers"), new Uri(site.Root, "/blog")], result.PagesRead);
    }

    [Fact]
    public async Task ResearchAsync_PageLimit_ReadsNoMoreThanMaxPages()
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: true, ("MaxPages", "2")));

        var result = await research.Researcher.ResearchAsync(site.Root, CancellationToken.None);

        Assert.Equal([site.Root, new Uri(site.Root, "/company/about")], result.PagesRead);
        Assert.Null(result.Profile.OpenPositions);
        Assert.DoesNotContain("/careers", site.Requested);
    }

    [Fact]
    public async Task ResearchAsync_OnlineAnalyst_KeepsOnlyValuesThePagesSupport()
    {
        var analyst = new FakeAnalyst("""
            {"name":"Acme Rockets","description":"Launch scheduling software for satellite operators.","industry":"Aerospace software",
             "companySize":"200-500","headquarters":"Austin, TX","revenue":"$80M ARR","founded":"2012",
             "techStack":["Stripe","HubSpot","Salesforce"],"openPositions":3,
             "openRoles":["Senior Rust Engineer","Chief Astronaut"],"latestNews":["Acme Rockets raises Series B to expand in Europe"]}
            """);
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: true), analyst: analyst);

        var result = await research.Researcher.ResearchAsync(site.Root, CancellationToken.None);

        Assert.False(result.IsOffline);
        Assert.Equal("TestProvider", result.Producer?.Provider);
        var profile = result.Profile;
        Assert.Equal("Acme Rockets", profile.Name);
        Assert.Equal("Austin, TX", profile.Headquarters);
        Assert.Null(profile.Revenue);
        Assert.Equal(["Stripe", "HubSpot"], profile.TechStack);
        Assert.Equal(["Senior Rust Engineer"], profile.OpenRoles);
        var asked = Assert.Single(analyst.Requests);
        Assert.Contains(asked, m => m.Text.Contains("Senior Rust Engineer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResearchAsync_AnalystAnswerNotJson_FallsBackToRulesAndSaysOffline()
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: true), analyst: new FakeAnalyst("I could not decide."));

        var result = await research.Researcher.ResearchAsync(site.Root, CancellationToken.None);

        Assert.True(result.IsOffline);
        Assert.Equal("Acme Rockets Inc.", result.Profile.Name);
    }

    [Fact]
    public async Task ResearchAsync_HomePageBlocked_Throws()
    {
        using var research = new ResearchHost(ResearchHost.Settings(allowPrivate: false));

        var failure = await Assert.ThrowsAsync<CompanyFetchException>(() => research.Researcher.ResearchAsync(site.Root, CancellationToken.None));

        Assert.Equal(CompanyFetchFailure.Blocked, failure.Kind);
    }
}
