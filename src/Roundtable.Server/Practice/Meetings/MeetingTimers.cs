using System.Collections.Concurrent;
using Roundtable.Server.Data;

namespace Roundtable.Server.Practice.Meetings;

/// <summary>
/// Ends an active meeting when its time is up, on the injected clock, and tells its room at once.
/// Reads and writes end it lazily anyway (<see cref="MeetingClock"/>); the timer is what lets an open
/// meeting room see "ended" without anyone acting. Timers live in memory and are set again at start.
/// </summary>
public sealed partial class MeetingTimers(
    IServiceScopeFactory scopes, TimeProvider timeProvider, ILogger<MeetingTimers> logger) : IDisposable
{
    private readonly ConcurrentDictionary<Guid, ITimer> timers = new();

    public void Schedule(Meeting meeting)
    {
        if (meeting.Status != MeetingStatus.Active || meeting.StartedAt is not { } started)
        {
            return;
        }

        var due = started + TimeSpan.FromMinutes(meeting.DurationMinutes) - timeProvider.GetUtcNow();
        var timer = timeProvider.CreateTimer(_ => _ = EndAsync(meeting.Id, meeting.ApplicationId), null,
            due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        if (timers.TryGetValue(meeting.Id, out var earlier))
        {
            earlier.Dispose();
        }

        timers[meeting.Id] = timer;
    }

    public void Dispose()
    {
        foreach (var timer in timers.Values)
        {
            timer.Dispose();
        }
    }

    private async Task EndAsync(Guid meetingId, Guid applicationId)
    {
        if (timers.TryRemove(meetingId, out var timer))
        {
            await timer.DisposeAsync();
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RoundtableDbContext>();
            var meeting = await MeetingsApi.FindAsync(db, applicationId, meetingId.ToString(), CancellationToken.None);
            if (meeting is null)
            {
                return;
            }

            // Entering the gate ends the meeting if its time is up, stores that and tells the room.
            using var lease = await scope.ServiceProvider.GetRequiredService<MeetingGate>().EnterAsync(db, meeting, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Nothing is lost: the next read or message ends the meeting lazily.
            LogEndFailed(logger, exception, meetingId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Practice meeting {MeetingId}: ending it on time failed; it ends on its next use")]
    private static partial void LogEndFailed(ILogger logger, Exception exception, Guid meetingId);
}
