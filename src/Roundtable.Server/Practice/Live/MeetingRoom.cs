using Microsoft.AspNetCore.SignalR;
using Roundtable.Server.Practice.Meetings;
using Roundtable.Server.Practice.Turns;

namespace Roundtable.Server.Practice.Live;

/// <summary>Sends a meeting's live events to everyone in its room.</summary>
public sealed class MeetingRoom(IHubContext<PracticeHub> hub)
{
    public Task TurnAsync(Guid meetingId, TurnView turn, CancellationToken cancellationToken) =>
        Group(meetingId).SendAsync(MeetingEvents.Turn, turn, cancellationToken);

    public Task TypingAsync(TypingEvent typing, CancellationToken cancellationToken) =>
        Group(typing.MeetingId).SendAsync(MeetingEvents.Typing, typing, cancellationToken);

    public Task DeltaAsync(DeltaEvent delta, CancellationToken cancellationToken) =>
        Group(delta.MeetingId).SendAsync(MeetingEvents.Delta, delta, cancellationToken);

    public Task DecisionAsync(DecisionEvent decision, CancellationToken cancellationToken) =>
        Group(decision.MeetingId).SendAsync(MeetingEvents.Decision, decision, cancellationToken);

    public Task StateChangedAsync(Meeting meeting, CancellationToken cancellationToken) =>
        Group(meeting.Id).SendAsync(
            MeetingEvents.State, new StateEvent(meeting.Id, meeting.Status, meeting.EndedReason, meeting.StartedAt, meeting.EndedAt), cancellationToken);

    private IClientProxy Group(Guid meetingId) => hub.Clients.Group(PracticeHub.GroupOf(meetingId));
}
