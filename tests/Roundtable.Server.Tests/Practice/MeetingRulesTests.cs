using System.Net;
using System.Net.Http.Json;
using Roundtable.Server.Tests.Assistant;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Practice;

/// <summary>Who may sit in a meeting, and when it takes messages.</summary>
public sealed class MeetingRulesTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Create_ModeAndRepresentativesMismatch_Or_OtherCompanysRep_Is400(DatabaseKind kind)
    {
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(kind);
        var http = workspace.Client;
        var otherCompany = await http.CreateCompanyAsync("Contoso Retail");
        var outsider = await http.AddRepresentativeAsync(otherCompany, "Olga Berg", "cfo", "angry");
        var cases = new (string Mode, string[] Reps, string What)[]
        {
            ("1-on-2", [workspace.Maria], "one rep for 1-on-2"),
            ("1-on-1", [workspace.Maria, workspace.John], "two reps for 1-on-1"),
            ("1-on-3", [workspace.Maria, workspace.John], "two reps for 1-on-3"),
            ("1-on-2", [workspace.Maria, outsider], "a rep of another company"),
            ("1-on-2", [workspace.Maria, workspace.Maria], "the same rep twice"),
            ("1-on-4", [workspace.Maria], "an unknown mode"),
        };
        foreach (var (mode, reps, what) in cases)
        {
            using var response = await http.PostAsJsonAsync("/api/meeting/create", new
            {
                salesperson_id = workspace.SalespersonId, company_id = workspace.CompanyId, meeting_mode = mode, representatives = reps,
                meeting_goal = "Book a demo", duration_minutes = 30,
            });
            await AssistantHttp.AssertProblemAsync(response, HttpStatusCode.BadRequest, what);
        }
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Messages_OnlyWhileActive_EndedMeetingIs409_AndStoresNothing(DatabaseKind kind)
    {
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(kind);
        var http = workspace.Client;
        var meetingId = (await http.CreateMeetingAsync(workspace.SalespersonId, workspace.CompanyId, workspace.Maria)).GetProperty("id").GetString()!;

        await AssertConflictAsync(http, meetingId, "before start");
        using (var early = await http.GetAsync($"/api/meeting/{meetingId}/scorecard"))
        {
            await AssistantHttp.AssertProblemAsync(early, HttpStatusCode.Conflict, "scorecard before the end");
        }

        await http.PostDataAsync($"/api/meeting/{meetingId}/start", new { });
        await http.SendAsync(meetingId, "Hello Maria, thanks for making the time.");
        await http.PostDataAsync($"/api/meeting/{meetingId}/end", new { });
        await AssertConflictAsync(http, meetingId, "after the end");
        using (var restart = await http.PostAsync($"/api/meeting/{meetingId}/start", null))
        {
            await AssistantHttp.AssertProblemAsync(restart, HttpStatusCode.Conflict, "start an ended meeting");
        }

        var history = await http.GetDataAsync($"/api/conversation/{meetingId}/history");
        Assert.Equal("ended", history.GetProperty("status").GetString());
        Assert.Equal(1, history.GetProperty("turns").EnumerateArray().Count(t => t.GetProperty("speaker").GetString() == "salesperson"));
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Meeting_PastItsDuration_EndsItself(DatabaseKind kind)
    {
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(kind);
        var http = workspace.Client;
        var meetingId = (await http.CreateMeetingAsync(workspace.SalespersonId, workspace.CompanyId, workspace.Maria)).GetProperty("id").GetString()!;
        var started = await http.PostDataAsync($"/api/meeting/{meetingId}/start", new { });
        Assert.Equal(workspace.Server.Clock.GetUtcNow().AddMinutes(30), started.GetProperty("ends_at").GetDateTimeOffset());

        workspace.Server.Clock.Advance(TimeSpan.FromMinutes(29));
        await http.SendAsync(meetingId, "Maria, one more question about the budget cycle?");
        workspace.Server.Clock.Advance(TimeSpan.FromMinutes(1));

        await AssertConflictAsync(http, meetingId, "after 30 minutes");
        var meeting = await http.GetDataAsync($"/api/meeting/{meetingId}");
        Assert.Equal("ended", meeting.GetProperty("status").GetString());
        Assert.Equal("duration_elapsed", meeting.GetProperty("ended_reason").GetString());
        Assert.Equal(started.GetProperty("ends_at").GetDateTimeOffset(), meeting.GetProperty("ended_at").GetDateTimeOffset());
        Assert.Equal(5, (await http.GetDataAsync($"/api/meeting/{meetingId}/scorecard")).GetProperty("items").GetArrayLength());
    }

    private static async Task AssertConflictAsync(HttpClient http, string meetingId, string when)
    {
        using var response = await http.PostAsJsonAsync("/api/conversation/send-message", new { meeting_id = meetingId, speaker = "salesperson", message = "Are you still there?" });
        await AssistantHttp.AssertProblemAsync(response, HttpStatusCode.Conflict, $"message {when}");
    }
}
