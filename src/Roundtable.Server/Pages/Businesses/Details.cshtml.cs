using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;
using Roundtable.Server.Pages.Shared;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Pages.Businesses;

/// <summary><c>/business/{id}</c>: one business's live conversation; an unknown id renders the 404 page.</summary>
public sealed class DetailsModel(RoundtableDbContext db, ShowcaseStateStore states, TimeProvider timeProvider) : PageModel
{
    public ShowcaseView? View { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var business = await db.Businesses.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (business is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        View = await ShowcaseView.LoadAsync(db, states, timeProvider, business, cancellationToken);
    }
}
