using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roundtable.Server.Data;
using Roundtable.Server.Pages.Shared;

namespace Roundtable.Server.Pages.Conversations;

/// <summary><c>/conversations?page=n</c>: every completed conversation, newest first.</summary>
public sealed class IndexModel(RoundtableDbContext db) : PageModel
{
    public const int PageSize = 20;

    public int PageNumber { get; private set; } = 1;

    public int TotalCount { get; private set; }

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public IReadOnlyList<ArchiveListItem> Items { get; private set; } = [];

    public bool IsFound { get; private set; } = true;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TotalCount = await ArchiveListing.CountAsync(db, cancellationToken);
        if (!TryReadPage(out var number) || number > PageCount)
        {
            IsFound = false;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        PageNumber = number;
        Items = await ArchiveListing.PageAsync(db, null, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
    }

    /// <summary>The page numbers to link: the first, the last and two either side of the current one; null marks a gap.</summary>
    public IReadOnlyList<int?> PageLinks
    {
        get
        {
            var shown = Enumerable.Range(1, PageCount)
                .Where(p => p == 1 || p == PageCount || Math.Abs(p - PageNumber) <= 2)
                .ToList();
            var links = new List<int?>();
            for (var i = 0; i < shown.Count; i++)
            {
                if (i > 0 && shown[i] - shown[i - 1] > 1)
                {
                    links.Add(null);
                }

                links.Add(shown[i]);
            }

            return links;
        }
    }

    public string PageUrl(int page) => page <= 1 ? "/conversations" : $"/conversations?page={page}";

    /// <summary>Reads <c>?page=</c> by hand: "page" is also the route value naming the Razor page, so it cannot be bound.</summary>
    private bool TryReadPage(out int number)
    {
        number = 1;
        var requested = Request.Query["page"];
        return requested.Count == 0
            || (int.TryParse(requested[0], NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1);
    }
}
