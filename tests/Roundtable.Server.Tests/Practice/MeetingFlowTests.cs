using System.Net;
using System.Text.Json;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Practice;

/// <summary>A whole 1-on-3 meeting through the API, on the offline model: set-up, directed questions, transcript, analytics, scorecard.</summary>
public sealed class MeetingFlowTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task OneOnThree_DirectedQuestions_AnsweredByTheNamedRep_ThenScorecardQuotesTheMeeting(DatabaseKind kind)
    {
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(kind);
        var http = workspace.Client;
        var meeting = await http.CreateMeetingAsync(workspace.SalespersonId, workspace.CompanyId, workspace.Maria, workspace.John, workspace.Priya);
        var meetingId = meeting.GetProperty("id").GetString()!;
        var questions = meeting.GetProperty("top_5_questions").EnumerateArray().Select(q => q.GetString()!).ToList();
        Assert.Equal(5, questions.Count);
        Assert.Equal(5, questions.Distinct().Count());
        Assert.Equal("offline", meeting.GetProperty("top_5_questions_by").GetString());
        Assert.Equal("created", meeting.GetProperty("status").GetString());

        await http.PostDataAsync($"/api/meeting/{meetingId}/start", new { });
        var byFullName = await http.SendAsync(meetingId, "Maria Lopez, what would this cost us over the first year?");
        AssertFirstSpeaker(byFullName, workspace.Maria, "Maria Lopez");
        Assert.Equal("addressed", byFullName.GetProperty("decision_source").GetString());
        Assert.Contains("Maria", byFullName.GetProperty("reasoning").GetString());
        Assert.Equal(2, byFullName.GetProperty("turn_number").GetInt32());
        var reply = byFullName.GetProperty("ai_response");
        Assert.True(reply.GetProperty("is_offline").GetBoolean());
        Assert.Equal("offline", reply.GetProperty("produced_by").GetString());
        Assert.Equal(JsonValueKind.Null, reply.GetProperty("audio_url").ValueKind);
        Assert.Equal(JsonValueKind.Null, reply.GetProperty("duration_seconds").ValueKind);

        AssertFirstSpeaker(await http.SendAsync(meetingId, "John, where do you see the business in three years?"), workspace.John, "John Carter");
        AssertFirstSpeaker(await http.SendAsync(meetingId, "As CTO, how would you feel about an integration with Dynamics 365?"), workspace.Priya, "Priya Shah");
        await http.SendAsync(meetingId, "What does your approval process for new vendors look like today?");

        var history = await http.GetDataAsync($"/api/conversation/{meetingId}/history");
        var turns = history.GetProperty("turns").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, turns.Count), turns.Select(t => t.GetProperty("turn_number").GetInt32()));
        Assert.Equal(4, turns.Count(t => t.GetProperty("speaker").GetString() == "salesperson"));
        Assert.All(turns.Where(t => t.GetProperty("speaker").GetString() == "representative"), t => Assert.True(t.GetProperty("is_offline").GetBoolean()));
        Assert.Equal(4, history.GetProperty("decisions").GetArrayLength());
        Assert.True(history.GetProperty("salesperson_talk_time").GetInt32() > 0);

        var analytics = await http.GetDataAsync($"/api/conversation/{meetingId}/analytics");
        Assert.Equal(turns.Count, analytics.GetProperty("total_turns").GetInt32());
        Assert.Equal(4, analytics.GetProperty("questions_asked").GetProperty("count").GetInt32());
        Assert.InRange(analytics.GetProperty("talk_time_ratio").GetDouble(), 0.01, 0.99);
        Assert.Equal(5, analytics.GetProperty("top_5_questions_covered").GetArrayLength());

        var ended = await http.PostDataAsync($"/api/meeting/{meetingId}/end", new { });
        Assert.Equal("ended", ended.GetProperty("status").GetString());
        var scorecard = await http.GetDataAsync($"/api/meeting/{meetingId}/scorecard");
        var items = scorecard.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["discovery", "objection_handling", "value_articulation", "next_steps", "goal_achievement"], items.Select(i => i.GetProperty("criterion").GetString()));
        Assert.All(items, i => Assert.InRange(i.GetProperty("score").GetInt32(), 0, 10));
        Assert.True(scorecard.GetProperty("is_offline").GetBoolean());
        var transcript = string.Join("\n", turns.Select(t => t.GetProperty("text").GetString()));
        var quotes = items.SelectMany(i => i.GetProperty("quotes").EnumerateArray().Select(q => q.GetString()!)).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, quote => Assert.Contains(quote, transcript));
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task RepresentativeReplies_CiteTheUploadedPdf_WhenTheQuestionIsAboutIt(DatabaseKind kind)
    {
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(kind);
        var salesperson = await workspace.Client.GetDataAsync($"/api/salesperson/{workspace.SalespersonId}");
        var material = salesperson.GetProperty("materials")[0];
        Assert.Equal("pdf", material.GetProperty("file_type").GetString());
        Assert.True(material.GetProperty("text_extracted").GetBoolean());
        using (var download = await workspace.Client.GetAsync(material.GetProperty("file_url").GetString()))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await download.Content.ReadAsByteArrayAsync())[..5]);
        }

        var meeting = await workspace.Client.CreateMeetingAsync(workspace.SalespersonId, workspace.CompanyId, workspace.Maria);
        var meetingId = meeting.GetProperty("id").GetString()!;
        await workspace.Client.PostDataAsync($"/api/meeting/{meetingId}/start", new { });
        var answer = await workspace.Client.SendAsync(meetingId, "Maria, the Scale plan costs $2,900 per month; how does that fit your budget?");
        var citations = answer.GetProperty("ai_response").GetProperty("citations").EnumerateArray().ToList();
        Assert.Contains(citations, c => c.GetProperty("file_name").GetString() == "pricing.pdf" && c.GetProperty("excerpt").GetString()!.Contains("2,900"));
    }

    private static void AssertFirstSpeaker(JsonElement data, string id, string name)
    {
        var first = data.GetProperty("ai_response");
        Assert.Equal(id, first.GetProperty("speaker_id").GetString());
        Assert.Equal(name, first.GetProperty("speaker_name").GetString());
        Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("response_text").GetString()));
        Assert.Equal(first.GetProperty("speaker_id").GetString(), data.GetProperty("ai_responses")[0].GetProperty("speaker_id").GetString());
    }
}
