using Roundtable.Server.Assistant;
using Roundtable.Server.Data;
using Roundtable.Server.Practice.Live;

namespace Roundtable.Server.Practice.Meetings;

/// <summary>
/// One change to a meeting at a time, in arrival order: the gate is held while the caller works, and
/// inside it the meeting is read fresh and ended first if its time is up.
/// </summary>
public sealed class MeetingGate(MeetingClock clock, MeetingRoom room)
{
    // The Assistant's FIFO gate, with a table of its own for meetings.
    private readonly ConversationLocks locks = new();

    /// <summary>Takes the meeting's gate; on return <paramref name="meeting"/> is current (and ended, stored and announced, if its time ran out).</summary>
    public async Task<ConversationLease> EnterAsync(RoundtableDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        var lease = await locks.AcquireAsync(meeting.ApplicationId, meeting.Id, cancellationToken);
        try
        {
            await db.Entry(meeting).ReloadAsync(cancellationToken);
            await EndIfDueAsync(db, meeting, cancellationToken);
            return lease;
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    /// <summary>Ends <paramref name="meeting"/> if its time is up, stores that and tells its room; true when it ended now.</summary>
    public async Task<bool> EndIfDueAsync(RoundtableDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        if (!clock.Refresh(meeting))
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        await room.StateChangedAsync(meeting, cancellationToken);
        return true;
    }
}
