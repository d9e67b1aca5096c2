using Roundtable.Server.Practice.Research;

namespace Roundtable.Server.Tests.Practice.Research;

public sealed class CompanyPageParserTests
{
    private static readonly Uri Home = new("https://www.acme.test/");
    private readonly CompanyPageParser parser = new();

    [Fact]
    public void Parse_HomePage_ReadsNameDescriptionAndOrganization()
    {
        var page = parser.Parse(new FetchedPage(Home, CompanyPages.Home));

        Assert.Equal("Acme Rockets | Launch faster", page.Title);
        Assert.Equal("Acme Rockets", page.SiteName);
        Assert.Equal("Acme Rockets builds launch scheduling software for small satellite operators.", page.Description);
        Assert.Equal("Acme Rockets Inc.", page.Organization.Name);
        Assert.Equal("Austin, TX, US", page.Organization.Headquarters);
        Assert.Equal("200-500", page.Organization.Size);
        Assert.Equal("2012", page.Organization.Founded);
        Assert.Equal("Aerospace software", page.Organization.Industry);
        Assert.Equal(["launch scheduling", "orbital logistics"], page.Organization.KnowsAbout);
    }

    [Fact]
    public void Parse_HomePage_FindsOwnAboutCareersAndNewsLinksOnly()
    {
        var page = parser.Parse(new FetchedPage(Home, CompanyPages.Home));

        Assert.Equal([new Uri("https://www.acme.test/about")], page.AboutLinks);
        Assert.Equal([new Uri("https://www.acme.test/careers")], page.CareersLinks);
        Assert.Equal([new Uri("https://www.acme.test/blog")], page.NewsLinks);
    }

    [Fact]
    public void Parse_HomePage_NamesTheTechnologiesItLoads()
    {
        var page = parser.Parse(new FetchedPage(Home, CompanyPages.Home));

        Assert.Equal(["Google Tag Manager", "HubSpot", "Stripe", "Next.js", "React"], page.TechHints);
    }

    [Theory]
    [InlineData("""<meta name="generator" content="WordPress 6.4.2"><link rel="stylesheet" href="/wp-content/themes/x/style.css">""", "WordPress")]
    [InlineData("""<script src="https://cdn.shopify.com/s/files/1/shop.js"></script>""", "Shopify")]
    [InlineData("""<div data-reactroot=""></div>""", "React")]
    [InlineData("""<script>(function(w,d,s,l,i){})(window,document,'script','dataLayer','GTM-X'); var u='https://www.googletagmanager.com/gtm.js';</script>""", "Google Tag Manager")]
    public void Parse_TechnologyMarkers_AreRecognized(string markup, string technology)
    {
        var page = parser.Parse(new FetchedPage(Home, $"<html><head>{markup}</head><body></body></html>"));

        Assert.Contains(technology, page.TechHints);
    }

    [Fact]
    public void Parse_CareersPage_ReadsJobPostingsAndStatedCount()
    {
        var page = parser.Parse(new FetchedPage(new Uri(Home, "/careers"), CompanyPages.Careers));

        Assert.Equal(["Senior Rust Engineer", "Account Executive, EMEA", "Mission Operations Lead"], page.JobTitles);
        Assert.Equal(3, page.StatedOpenPositions);
    }

    [Fact]
    public void Parse_BlogPage_ReadsHeadlines()
    {
        var page = parser.Parse(new FetchedPage(new Uri(Home, "/blog"), CompanyPages.Blog));

        Assert.Equal(["Acme Rockets raises Series B to expand in Europe", "Launch windows, explained"], page.Headlines);
    }

    [Fact]
    public void Parse_BrokenJsonLd_KeepsTheRestOfThePage()
    {
        var page = parser.Parse(new FetchedPage(Home, """<html><head><title>Beta Corp</title><script type="application/ld+json">{"@type": "Organization", </script></head></html>"""));

        Assert.Equal("Beta Corp", page.Title);
        Assert.Null(page.Organization.Name);
    }
}
