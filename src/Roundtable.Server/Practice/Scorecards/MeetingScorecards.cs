using System.Text.Json;
using Roundtable.Engine.Practice;
using Roundtable.Server.Data;
using Roundtable.Server.Practice.Meetings;
using Roundtable.Server.Practice.Turns;

namespace Roundtable.Server.Practice.Scorecards;

/// <summary>Writes a meeting's scorecard once it has ended, and keeps it with the meeting.</summary>
public sealed class MeetingScorecards(IScorecardWriter writer, TimeProvider timeProvider)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The stored scorecard of an ended meeting, written now if it is missing. The caller saves <paramref name="meeting"/>.</summary>
    public async Task<ScorecardView> EnsureAsync(RoundtableDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.ScorecardJson is { } stored)
        {
            return JsonSerializer.Deserialize<ScorecardView>(stored, Json)!;
        }

        var (brief, _) = await MeetingBriefs.LoadAsync(db, meeting, cancellationToken);
        var transcript = MeetingTranscripts.ToLines(await MeetingTranscripts.LoadAsync(db, meeting.Id, cancellationToken));
        var analytics = MeetingAnalyzer.Analyze(transcript, brief.TopQuestions);
        var scorecard = await writer.WriteAsync(brief, transcript, analytics, cancellationToken);
        var view = ScorecardView.Of(meeting.Id, scorecard, timeProvider.GetUtcNow());
        meeting.ScorecardJson = JsonSerializer.Serialize(view, Json);
        return view;
    }
}
