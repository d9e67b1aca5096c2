using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Server.Data;
using Roundtable.Server.Practice.Meetings;
using Roundtable.Server.Practice.Scorecards;
using Roundtable.Server.Practice.Turns;
using Roundtable.Server.Practice.Workspace;

namespace Roundtable.Server.Pages.Practice;

/// <summary>
/// <c>/practice/meetings/{id}/results</c>: the scorecard and the measured analytics of an ended meeting,
/// with the talk ratio drawn as a chart (the table under it carries the same numbers).
/// </summary>
public sealed class ResultsModel(
    DemoWorkspace workspace, RoundtableDbContext db, MeetingScorecards scorecards, MeetingGate gate) : PageModel
{
    public MeetingView? Meeting { get; private set; }

    public PracticeMeetingParties? Parties { get; private set; }

    public ScorecardView? Scorecard { get; private set; }

    /// <summary>Why there is no scorecard (the meeting is still going), when there is none.</summary>
    public string? ScorecardProblem { get; private set; }

    public AnalyticsView? Analytics { get; private set; }

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Meeting = await MeetingPageEntry.OpenAsync(this, workspace, db, gate, id, cancellationToken);
        if (Meeting is null)
        {
            return;
        }

        Parties = await PracticeMeetingParties.LoadAsync(db, Meeting, cancellationToken);
        var scorecard = (await MeetingsApi.Scorecard(id, User, db, scorecards, gate, cancellationToken)).Result;
        Scorecard = PracticeAnswers.DataOf<ScorecardView>(scorecard);
        ScorecardProblem = PracticeAnswers.ProblemOf(scorecard);
        Analytics = PracticeAnswers.DataOf<AnalyticsView>((await ConversationApi.Analytics(id, User, db, cancellationToken)).Result);
    }

    /// <summary>"Cost and payback" for the criterion key "cost_and_payback".</summary>
    public static string CriterionLabel(string criterion)
    {
        var words = criterion.Replace('_', ' ').Trim();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Milliseconds(double? ms) => ms is { } value ? $"{value / 1000:0.0} s" : "—";
}
