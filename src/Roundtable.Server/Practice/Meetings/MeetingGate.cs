using Roundtable.Server.Assistant;
using Roundtable.Server.Data;

namespace Roundtable.Server.Practice.Meetings;

/// <summary>
/// One change to a meeting at a time, in arrival order: the gate is held while the caller works, and
/// inside it the meeting is read fresh and ended first if its time is up.
/// </summary>
public sealed class MeetingGate(MeetingClock clock)
{
    // The Assistant's FIFO gate, with a table of its own for meetings.
    private readonly ConversationLocks locks = new();

    /// <summary>Takes the meeting's gate; on return <paramref name="meeting"/> is current. <c>EndedByTime</c> is true when its time ran out just now.</summary>
    public async Task<(ConversationLease Lease, bool EndedByTime)> EnterAsync(RoundtableDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        var lease = await locks.AcquireAsync(meeting.ApplicationId, meeting.Id, cancellationToken);
        try
        {
            await db.Entry(meeting).ReloadAsync(cancellationToken);
            return (lease, clock.Refresh(meeting));
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }
}
