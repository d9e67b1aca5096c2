using Microsoft.AspNetCore.SignalR;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Practice;

/// <summary>The live meeting room: a real SignalR client sees the line, the decision, who is typing, the streamed reply and the stored turn.</summary>
public sealed class MeetingRoomTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Room_ReceivesTypingDeltasAndTurns_InOrder_AndStrangersCannotJoin(DatabaseKind kind)
    {
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(kind);
        var meetingId = (await workspace.Client.CreateMeetingAsync(workspace.SalespersonId, workspace.CompanyId, workspace.Maria, workspace.Priya))
            .GetProperty("id").GetString()!;
        await workspace.Client.PostDataAsync($"/api/meeting/{meetingId}/start", new { });
        var stranger = await workspace.Server.CreateApplicationAsync("Stranger");
        await using (var outsider = await MeetingRoomClient.ConnectAsync(workspace.Server.Server, stranger))
        {
            await Assert.ThrowsAsync<HubException>(() => outsider.JoinAsync(meetingId));
        }

        await using var room = await MeetingRoomClient.ConnectAsync(workspace.Server.Server, workspace.Key);
        await room.JoinAsync(meetingId);
        var reply = await workspace.Client.SendAsync(meetingId, "Maria, what would this cost us?");

        var events = await Eventually.GetAsync(() => room.Events, e => e.Count(x => x.Name == "meeting_turn") >= 1 + reply.GetProperty("ai_responses").GetArrayLength()
            && e.Any(x => x.Name == "rep_typing" && !x.Payload.GetProperty("is_typing").GetBoolean()), "the exchange's events");
        var names = events.Select(e => e.Name).ToList();
        Assert.Equal("meeting_turn", names[0]);
        Assert.Equal("salesperson", events[0].Payload.GetProperty("speaker").GetString());
        Assert.Equal("turn_decision", names[1]);
        Assert.Equal("rep_typing", names[2]);
        Assert.Equal(workspace.Maria, events[2].Payload.GetProperty("speaker_id").GetString());
        Assert.True(events[2].Payload.GetProperty("is_typing").GetBoolean());
        var deltas = string.Concat(events.TakeWhile(e => e.Name != "meeting_turn" || e.Payload.GetProperty("speaker").GetString() == "salesperson")
            .Where(e => e.Name == "rep_delta").Select(e => e.Payload.GetProperty("text").GetString()));
        var mariaTurn = events.First(e => e.Name == "meeting_turn" && e.Payload.GetProperty("speaker_id").GetString() == workspace.Maria).Payload;
        Assert.Equal(mariaTurn.GetProperty("text").GetString(), deltas);
        Assert.Equal("offline", mariaTurn.GetProperty("produced_by").GetString());
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Room_HearsTheMeetingEnd_WhenItsTimeRunsOut_WithoutAnyoneActing(DatabaseKind kind)
    {
        await using var workspace = await PracticeWorkspaceFixture.CreateAsync(kind);
        var meetingId = (await workspace.Client.CreateMeetingAsync(workspace.SalespersonId, workspace.CompanyId, workspace.Maria))
            .GetProperty("id").GetString()!;
        await workspace.Client.PostDataAsync($"/api/meeting/{meetingId}/start", new { });
        await using var room = await MeetingRoomClient.ConnectAsync(workspace.Server.Server, workspace.Key);
        await room.JoinAsync(meetingId);

        workspace.Server.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.DoesNotContain(room.Events, e => e.Name == "meeting_state");
        workspace.Server.Clock.Advance(TimeSpan.FromMinutes(1));

        var events = await Eventually.GetAsync(() => room.Events, e => e.Any(x => x.Name == "meeting_state"), "meeting_state after the meeting's duration");
        var state = events.First(e => e.Name == "meeting_state").Payload;
        Assert.Equal("ended", state.GetProperty("status").GetString());
        Assert.Equal("duration_elapsed", state.GetProperty("ended_reason").GetString());
    }
}
