using System.Net;
using System.Net.Http.Json;
using Roundtable.Server.Tests.Assistant;
using Roundtable.Server.Tests.Practice.Research;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Practice;

/// <summary>POST /api/company/create from a web address (researched through the SSRF guard) or by hand.</summary>
public sealed class CompanyCreationTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task FromUrl_ResearchesTheSite_WhenItsAddressIsAllowed(DatabaseKind kind)
    {
        await using var site = await CompanySite.StartAsync();
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(kind, new Dictionary<string, string?> { ["Practice:Research:AllowPrivateNetworks"] = "true" });
        var company = await workspace.Client.PostDataAsync("/api/company/create", new { company_url = site.Root.AbsoluteUri, auto_fetch = true }, HttpStatusCode.Created);

        Assert.Equal("web", company.GetProperty("source").GetString());
        Assert.True(company.GetProperty("is_offline").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(company.GetProperty("company_name").GetString()));
        var data = company.GetProperty("company_data");
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, data.GetProperty("headquarters").ValueKind);
        Assert.Contains("/careers", site.Requested);
        var stored = await workspace.Client.GetDataAsync($"/api/company/{company.GetProperty("id").GetString()}");
        Assert.Equal(data.GetRawText(), stored.GetProperty("company_data").GetRawText());
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task FromUrl_PrivateAddress_Is422WithTheReason_AndByHandStillWorks(DatabaseKind kind)
    {
        await using var site = await CompanySite.StartAsync();
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(kind);
        foreach (var url in new[] { site.Root.AbsoluteUri, "http://169.254.169.254/latest/meta-data", "http://10.0.0.1/" })
        {
            using var response = await workspace.Client.PostAsJsonAsync("/api/company/create", new { company_url = url, auto_fetch = true });
            await AssistantHttp.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, $"research of {url}");
            Assert.Contains("by hand", await response.Content.ReadAsStringAsync());
        }

        Assert.Empty(site.Requested);
        var byHand = await workspace.Client.PostDataAsync("/api/company/create",
            new { company_name = "Loopback Inc", company_url = site.Root.AbsoluteUri, auto_fetch = false, company_data = new { industry = "Testing" } }, HttpStatusCode.Created);
        Assert.Equal("manual", byHand.GetProperty("source").GetString());
        Assert.Equal("Testing", byHand.GetProperty("company_data").GetProperty("industry").GetString());
    }
}
