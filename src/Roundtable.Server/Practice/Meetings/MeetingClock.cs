namespace Roundtable.Server.Practice.Meetings;

/// <summary>
/// A meeting past its duration ends itself. Evaluated whenever a meeting is read or written (against
/// the injected clock), so no sweeper is needed and every caller sees the same state.
/// </summary>
public sealed class MeetingClock(TimeProvider timeProvider)
{
    public const string EndedByUser = "ended";
    public const string DurationElapsed = "duration_elapsed";

    public DateTimeOffset Now => timeProvider.GetUtcNow();

    /// <summary>Ends <paramref name="meeting"/> if its time is up; true when it changed.</summary>
    public bool Refresh(Meeting meeting)
    {
        if (meeting.Status != MeetingStatus.Active || meeting.StartedAt is not { } started)
        {
            return false;
        }

        var endsAt = started + TimeSpan.FromMinutes(meeting.DurationMinutes);
        if (timeProvider.GetUtcNow() < endsAt)
        {
            return false;
        }

        meeting.Status = MeetingStatus.Ended;
        meeting.EndedReason = DurationElapsed;
        meeting.EndedAt = endsAt;
        return true;
    }
}
