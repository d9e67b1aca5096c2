using System.Net;
using System.Net.Http.Json;
using System.Text;
using Roundtable.Server.Tests.Assistant;
using Roundtable.Server.Tests.Practice.Materials;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Practice;

/// <summary>Bad input on every Practice endpoint is a 4xx ProblemDetails that names the problem, and stores nothing.</summary>
public sealed class PracticeBadInputTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task JsonEndpoints_MissingWrongOrOversizedFields_Are400(DatabaseKind kind)
    {
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(kind);
        var http = workspace.Client;
        var meetingId = (await http.CreateMeetingAsync(workspace.SalespersonId, workspace.CompanyId, workspace.Maria)).GetProperty("id").GetString()!;
        await http.PostDataAsync($"/api/meeting/{meetingId}/start", new { });
        var reps = $"/api/company/{workspace.CompanyId}/representatives";
        var cases = new (string Url, object Body, string What)[]
        {
            ("/api/company/create", new { auto_fetch = false }, "company without a name"),
            ("/api/company/create", new { company_name = "X", auto_fetch = false, company_data = new[] { 1, 2 } }, "company_data not an object"),
            ("/api/company/create", new { company_url = "ftp://example.com", auto_fetch = true }, "a non-http company URL"),
            ("/api/company/create", new { company_url = "not a url", auto_fetch = true }, "an invalid company URL"),
            (reps, new { name = "Eve", role = "cfo", personality_traits = new[] { "sneaky" } }, "an unknown trait"),
            (reps, new { name = "Eve", role = "cfo", personality_traits = Array.Empty<string>() }, "no traits"),
            (reps, new { role = "cfo", personality_traits = new[] { "nice" } }, "a rep without a name"),
            (reps, new { name = "Eve", role = "chief financial officer!", personality_traits = new[] { "nice" } }, "a role that is not a key"),
            (reps, new { name = "Eve", role = "cfo", tenure_months = -3, personality_traits = new[] { "nice" } }, "a negative tenure"),
            ("/api/meeting/create", new { salesperson_id = "nope", company_id = workspace.CompanyId, meeting_mode = "1-on-1", representatives = new[] { workspace.Maria }, meeting_goal = "x" }, "a malformed salesperson id"),
            ("/api/meeting/create", new { salesperson_id = workspace.SalespersonId, company_id = workspace.CompanyId, meeting_mode = "1-on-1", representatives = new[] { workspace.Maria } }, "a meeting without a goal"),
            ("/api/meeting/create", new { salesperson_id = workspace.SalespersonId, company_id = workspace.CompanyId, meeting_mode = "1-on-1", representatives = new[] { workspace.Maria }, meeting_goal = "x", duration_minutes = 0 }, "a zero duration"),
            ("/api/meeting/create", new { salesperson_id = workspace.SalespersonId, company_id = workspace.CompanyId, meeting_mode = "1-on-1", representatives = new[] { workspace.Maria }, meeting_goal = "x", difficulty = "nightmare" }, "an unknown difficulty"),
            ("/api/conversation/send-message", new { meeting_id = meetingId, speaker = "salesperson" }, "a message without text"),
            ("/api/conversation/send-message", new { meeting_id = meetingId, speaker = "salesperson", message = new string('a', 4_001) }, "an oversized message"),
            ("/api/conversation/send-message", new { meeting_id = meetingId, speaker = "Maria Lopez", message = "I agree" }, "speaking as a rep"),
            ("/api/conversation/send-message", new { meeting_id = meetingId, speaker = "salesperson", message = "hi", audio_data = "UklGRg==" }, "audio before voice lands"),
        };
        foreach (var (url, body, what) in cases)
        {
            using var response = await http.PostAsJsonAsync(url, body);
            await AssistantHttp.AssertProblemAsync(response, HttpStatusCode.BadRequest, what);
        }

        foreach (var url in new[] { "/api/company/create", "/api/meeting/create", "/api/conversation/send-message", reps })
        {
            using var malformed = await http.PostAsync(url, new StringContent("{\"meeting_id\": ", Encoding.UTF8, "application/json"));
            await AssistantHttp.AssertProblemAsync(malformed, HttpStatusCode.BadRequest, $"malformed JSON to {url}");
        }

        using (var repeated = await http.PostAsync("/api/company/create", new StringContent(
            "{\"company_name\": \"X\", \"auto_fetch\": false, \"company_data\": {\"industry\": \"a\", \"industry\": \"b\"}}", Encoding.UTF8, "application/json")))
        {
            // Stored, such an object could never be read back: every meeting with the company would fail.
            await AssistantHttp.AssertProblemAsync(repeated, HttpStatusCode.BadRequest, "company_data naming a field twice");
        }

        using (var huge = await http.PostAsync("/api/company/create", new StringContent(
            "{\"company_name\": \"X\", \"auto_fetch\": false, \"company_data\": {\"notes\": \"" + new string('x', 70_000) + "\"}}", Encoding.UTF8, "application/json")))
        {
            Assert.True(huge.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"oversized body: {(int)huge.StatusCode}");
        }

        foreach (var url in new[] { "/api/company/not-a-guid", $"/api/meeting/{Guid.NewGuid()}", "/api/conversation/123/history", $"/api/salesperson/{Guid.NewGuid()}" })
        {
            using var missing = await http.GetAsync(url);
            await AssistantHttp.AssertProblemAsync(missing, HttpStatusCode.NotFound, $"unknown id {url}");
        }

        var meeting = await http.GetDataAsync($"/api/meeting/{meetingId}");
        Assert.Equal(0, meeting.GetProperty("total_turns").GetInt32());
        Assert.Equal(3, (await http.GetDataAsync(reps)).GetArrayLength());
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Uploads_DisguisedTooManyOrTooLarge_AreRefused_AndNothingIsStored(DatabaseKind kind)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Practice:Materials:MaxFileBytes"] = "20000", ["Practice:Materials:MaxFiles"] = "2", ["Practice:Materials:MaxPdfPages"] = "3",
        };
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(kind, settings);
        var http = workspace.Client;
        var program = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00 }.Concat(new byte[200]).ToArray();
        var cases = new (HttpContent Body, HttpStatusCode Status, string What)[]
        {
            (PracticeHttp.SalespersonForm("P", "D", ("deck.pdf", program)), HttpStatusCode.BadRequest, "a program named .pdf"),
            (PracticeHttp.SalespersonForm("P", "D", ("a.txt", PracticeHttp.Text("a")), ("b.txt", PracticeHttp.Text("b")), ("c.txt", PracticeHttp.Text("c"))), HttpStatusCode.BadRequest, "three files over a limit of two"),
            (PracticeHttp.SalespersonForm("P", "D", ("big.txt", PracticeHttp.Text(new string('x', 30_000)))), HttpStatusCode.RequestEntityTooLarge, "a file over the size limit"),
            (PracticeHttp.SalespersonForm("", "D"), HttpStatusCode.BadRequest, "no product name"),
            (JsonContent.Create(new { product_name = "P", description = "D" }), HttpStatusCode.BadRequest, "JSON instead of a form"),
        };
        foreach (var (body, status, what) in cases)
        {
            using (body)
            using (var response = await http.PostAsync("/api/salesperson/create", body))
            {
                await AssistantHttp.AssertProblemAsync(response, status, what);
            }
        }

        using (var longPdf = PracticeHttp.SalespersonForm("P", "D", ("long.pdf", SamplePdf.WithPages("1", "2", "3", "4"))))
        using (var response = await http.PostAsync("/api/salesperson/create", longPdf))
        {
            await AssistantHttp.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "a PDF over the page limit");
            Assert.Contains("'long.pdf': The PDF has 4 pages; at most 3 are read (Practice:Materials:MaxPdfPages).", await response.Content.ReadAsStringAsync());
        }

        await using var db = workspace.Database.CreateContext();
        Assert.Equal(1, db.Salespeople.Count());
    }
}
