using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Roundtable.Server.Tests.Assistant;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Practice;

/// <summary>The Practice pages' way in: the workspace cookie works only with the page's antiforgery token, and browser changes are rate-limited.</summary>
public sealed partial class WorkspaceCookieTests
{
    [Fact]
    public async Task Cookie_NeedsTheAntiforgeryToken_AndChangesAreLimitedPerMinute()
    {
        var blobs = Path.Combine(Path.GetTempPath(), "roundtable-workspace-" + Guid.NewGuid().ToString("N"));
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = new AssistantServer(database, new Dictionary<string, string?>
        {
            ["Practice:SeedDemoData"] = "true",
            ["Practice:PageChangesPerMinute"] = "2",
            ["Storage:LocalFolder"] = blobs,
        });
        using var browser = server.CreateClient();
        var page = await browser.GetStringAsync("/practice");
        var token = AntiforgeryToken().Match(page).Groups["token"].Value;
        Assert.False(string.IsNullOrEmpty(token), "the set-up page renders an antiforgery token");
        var company = new { company_name = "Cookie Co", auto_fetch = false };

        using (var forged = await browser.PostAsJsonAsync("/api/company/create", company))
        {
            await AssistantHttp.AssertProblemAsync(forged, HttpStatusCode.BadRequest, "a cookie change without the page's token");
        }

        // The refused request counted: the limit applies before anything else is checked.
        browser.DefaultRequestHeaders.Add("RequestVerificationToken", token);
        using (var allowed = await browser.PostAsJsonAsync("/api/company/create", company))
        {
            await PracticeHttp.DataAsync(allowed, HttpStatusCode.Created);
        }

        using (var limited = await browser.PostAsJsonAsync("/api/company/create", company))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        }

        using var api = await server.CreateApplicationClientAsync("Key caller");
        for (var i = 0; i < 3; i++)
        {
            using var unlimited = await api.PostAsJsonAsync("/api/company/create", company);
            await PracticeHttp.DataAsync(unlimited, HttpStatusCode.Created);
        }

        if (Directory.Exists(blobs))
        {
            Directory.Delete(blobs, recursive: true);
        }
    }

    [GeneratedRegex("data-antiforgery-token=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
