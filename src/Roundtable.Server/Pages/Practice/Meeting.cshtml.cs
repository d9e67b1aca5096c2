using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Server.Data;
using Roundtable.Server.Practice.Meetings;
using Roundtable.Server.Practice.Turns;
using Roundtable.Server.Practice.Workspace;

namespace Roundtable.Server.Pages.Practice;

/// <summary>
/// <c>/practice/meetings/{id}</c>: the meeting room. The transcript so far is rendered here, so a reload
/// shows it; the script then follows the meeting live over the Practice hub.
/// </summary>
public sealed class MeetingModel(DemoWorkspace workspace, RoundtableDbContext db, MeetingGate gate) : PageModel
{
    public MeetingView? Meeting { get; private set; }

    public HistoryView? History { get; private set; }

    public AnalyticsView? Analytics { get; private set; }

    public PracticeMeetingParties? Parties { get; private set; }

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Meeting = await MeetingPageEntry.OpenAsync(this, workspace, db, gate, id, cancellationToken);
        if (Meeting is null)
        {
            return;
        }

        History = PracticeAnswers.DataOf<HistoryView>((await ConversationApi.History(id, User, db, gate, cancellationToken)).Result);
        Analytics = PracticeAnswers.DataOf<AnalyticsView>((await ConversationApi.Analytics(id, User, db, cancellationToken)).Result);
        Parties = await PracticeMeetingParties.LoadAsync(db, Meeting, cancellationToken);
    }

    /// <summary>The orchestrator's decision on the salesperson line with that turn number, if it was stored.</summary>
    public DecisionView? DecisionOn(TurnView turn) =>
        turn.Speaker == "salesperson" ? History?.Decisions.FirstOrDefault(d => d.TurnNumber == turn.TurnNumber) : null;

    /// <summary>Whether the salesperson has asked (something close to) the question yet.</summary>
    public bool IsCovered(int index) => Analytics?.Top5QuestionsCovered.ElementAtOrDefault(index)?.Covered == true;
}
