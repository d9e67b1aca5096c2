using Microsoft.EntityFrameworkCore;
using Roundtable.Engine.Practice;
using Roundtable.Server.Data;

namespace Roundtable.Server.Practice.Turns;

/// <summary>A meeting's stored turns, in order, and their engine form.</summary>
public static class MeetingTranscripts
{
    public static Task<List<MeetingTurn>> LoadAsync(RoundtableDbContext db, Guid meetingId, CancellationToken cancellationToken) =>
        db.MeetingTurns.AsNoTracking().Where(t => t.MeetingId == meetingId).OrderBy(t => t.TurnNumber).ToListAsync(cancellationToken);

    public static MeetingLine ToLine(MeetingTurn turn) => new(turn.TurnNumber, turn.SpeakerId, turn.SpeakerName, turn.Text, turn.CreatedAt);

    public static IReadOnlyList<MeetingLine> ToLines(IEnumerable<MeetingTurn> turns) => [.. turns.Select(ToLine)];
}
