using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Server.Data;
using Roundtable.Server.Practice.Meetings;
using Roundtable.Server.Practice.Workspace;

namespace Roundtable.Server.Pages.Practice;

/// <summary>How the meeting pages open: the visitor's workspace, then the meeting in it; 404 when either is missing.</summary>
internal static class MeetingPageEntry
{
    public static async Task<MeetingView?> OpenAsync(
        PageModel page, DemoWorkspace workspace, RoundtableDbContext db, MeetingGate gate, string id, CancellationToken cancellationToken)
    {
        var meeting = await workspace.EnterAsync(page.HttpContext, db) is null
            ? null
            : PracticeAnswers.DataOf<MeetingView>((await MeetingsApi.Get(id, page.User, db, gate, cancellationToken)).Result);
        if (meeting is null)
        {
            page.Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return meeting;
    }
}
