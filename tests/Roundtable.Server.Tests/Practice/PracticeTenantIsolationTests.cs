using System.Net;
using System.Net.Http.Json;
using Roundtable.Server.Tests.Assistant;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Practice;

/// <summary>Another application sees none of a workspace's Practice data: 404 on every endpoint, and nothing changes.</summary>
public sealed class PracticeTenantIsolationTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task EveryEndpoint_AnotherApplicationsIds_AreNotFound(DatabaseKind kind)
    {
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(kind);
        var a = workspace.Client;
        using var b = await workspace.Server.CreateApplicationClientAsync("Other team");
        var meetingId = (await a.CreateMeetingAsync(workspace.SalespersonId, workspace.CompanyId, workspace.Maria)).GetProperty("id").GetString()!;
        await a.PostDataAsync($"/api/meeting/{meetingId}/start", new { });
        var materialUrl = (await a.GetDataAsync($"/api/salesperson/{workspace.SalespersonId}")).GetProperty("materials")[0].GetProperty("file_url").GetString()!;
        var bSalesperson = await b.CreateSalespersonAsync();
        var bCompany = await b.CreateCompanyAsync();

        var reads = new[]
        {
            $"/api/salesperson/{workspace.SalespersonId}", materialUrl, $"/api/company/{workspace.CompanyId}",
            $"/api/company/{workspace.CompanyId}/representatives", $"/api/meeting/{meetingId}", $"/api/meeting/{meetingId}/scorecard",
            $"/api/conversation/{meetingId}/history", $"/api/conversation/{meetingId}/analytics",
        };
        foreach (var url in reads)
        {
            using var response = await b.GetAsync(url);
            await AssistantHttp.AssertProblemAsync(response, HttpStatusCode.NotFound, $"B reads {url}");
        }

        var writes = new (string Url, object Body)[]
        {
            ($"/api/company/{workspace.CompanyId}/representatives", new { name = "Mallory", role = "ceo", personality_traits = new[] { "cool" } }),
            ($"/api/meeting/{meetingId}/start", new { }),
            ($"/api/meeting/{meetingId}/end", new { }),
            ("/api/conversation/send-message", new { meeting_id = meetingId, speaker = "salesperson", message = "Let me in" }),
            ("/api/meeting/create", new { salesperson_id = workspace.SalespersonId, company_id = bCompany, meeting_mode = "1-on-1", representatives = new[] { workspace.Maria }, meeting_goal = "x" }),
            ("/api/meeting/create", new { salesperson_id = bSalesperson, company_id = workspace.CompanyId, meeting_mode = "1-on-1", representatives = new[] { workspace.Maria }, meeting_goal = "x" }),
        };
        foreach (var (url, body) in writes)
        {
            using var response = await b.PostAsJsonAsync(url, body);
            await AssistantHttp.AssertProblemAsync(response, HttpStatusCode.NotFound, $"B writes {url}");
        }

        var meeting = await a.GetDataAsync($"/api/meeting/{meetingId}");
        Assert.Equal("active", meeting.GetProperty("status").GetString());
        Assert.Equal(0, meeting.GetProperty("total_turns").GetInt32());
        Assert.Equal(3, (await a.GetDataAsync($"/api/company/{workspace.CompanyId}/representatives")).GetArrayLength());
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task WithoutAKey_EveryEndpointIs401(DatabaseKind kind)
    {
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(kind);
        using var anonymous = workspace.Server.CreateClient();
        using var read = await anonymous.GetAsync($"/api/company/{workspace.CompanyId}");
        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        using var write = await anonymous.PostAsJsonAsync("/api/company/create", new { company_name = "X", auto_fetch = false });
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
    }
}
