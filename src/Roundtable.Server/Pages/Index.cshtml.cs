using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;
using Roundtable.Server.Pages.Shared;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Pages;

/// <summary>The home page: the featured business's live conversation.</summary>
public sealed class IndexModel(RoundtableDbContext db, ShowcaseStateStore states, TimeProvider timeProvider) : PageModel
{
    /// <summary>Null when there is no business at all yet.</summary>
    public ShowcaseView? View { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var featured = await db.Businesses.AsNoTracking()
            .OrderByDescending(b => b.IsFeatured).ThenBy(b => b.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (featured is not null)
        {
            View = await ShowcaseView.LoadAsync(db, states, timeProvider, featured, cancellationToken);
        }
    }
}
