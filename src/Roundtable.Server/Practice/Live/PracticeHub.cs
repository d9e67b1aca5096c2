using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Accounts;
using Roundtable.Server.Data;

namespace Roundtable.Server.Practice.Live;

/// <summary>
/// The live meeting room: callers of the meeting's application join with <c>join_meeting</c> and
/// receive <c>meeting_turn</c>, <c>rep_typing</c>, <c>rep_delta</c>, <c>turn_decision</c> and <c>meeting_state</c>.
/// </summary>
[Authorize(Policy = PracticeExtensions.Policy)]
public sealed class PracticeHub(IRoundtableDbContextFactory contexts) : Hub
{
    public const string Path = "/hubs/practice";

    public static string GroupOf(Guid meetingId) => $"meeting_{meetingId}";

    [HubMethodName("join_meeting")]
    public async Task JoinMeeting(MeetingRequest request)
    {
        var meetingId = PracticeIds.Parse(request?.MeetingId) ?? throw new HubException("meeting_id must be a meeting id");
        var applicationId = ApplicationClaims.ApplicationIdOf(Context.User!);
        await using var db = contexts.CreateDbContext();
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId && m.ApplicationId == applicationId, Context.ConnectionAborted))
        {
            throw new HubException("unknown meeting");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(meetingId), Context.ConnectionAborted);
    }

    [HubMethodName("leave_meeting")]
    public Task LeaveMeeting(MeetingRequest request) =>
        PracticeIds.Parse(request?.MeetingId) is { } meetingId
            ? Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(meetingId), Context.ConnectionAborted)
            : Task.CompletedTask;
}
