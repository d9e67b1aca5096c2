using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;
using Roundtable.Server.Practice.Companies;
using Roundtable.Server.Practice.Salespeople;
using Roundtable.Server.Practice.Workspace;

namespace Roundtable.Server.Pages.Practice;

/// <summary>
/// <c>/practice</c>: the workspace's salespeople and companies, forms to add more, and the form that
/// creates a meeting. The API has no list endpoints, so the lists are read here, scoped to the workspace.
/// </summary>
public sealed class IndexModel(DemoWorkspace workspace, RoundtableDbContext db) : PageModel
{
    private const int RecentMeetingCount = 8;

    public bool HasWorkspace { get; private set; }

    public IReadOnlyList<SalespersonView> Salespeople { get; private set; } = [];

    public IReadOnlyList<SetupCompany> Companies { get; private set; } = [];

    public IReadOnlyList<MeetingListItem> RecentMeetings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await workspace.EnterAsync(HttpContext, db) is not { } applicationId)
        {
            return;
        }

        HasWorkspace = true;
        var salespeople = await db.Salespeople.AsNoTracking().Include(s => s.Materials)
            .Where(s => s.ApplicationId == applicationId).ToListAsync(cancellationToken);
        Salespeople = [.. salespeople.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Select(SalespersonView.Of)];
        Companies = await CompaniesAsync(applicationId, cancellationToken);
        RecentMeetings = await RecentMeetingsAsync(applicationId, cancellationToken);
    }

    private async Task<IReadOnlyList<SetupCompany>> CompaniesAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var companies = await db.Companies.AsNoTracking().Include(c => c.Representatives)
            .Where(c => c.ApplicationId == applicationId).ToListAsync(cancellationToken);
        return [.. companies.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(c => new SetupCompany(
            c.Id, c.Name, c.Url, c.Source,
            [.. c.Representatives.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(RepresentativeView.Of)]))];
    }

    private async Task<IReadOnlyList<MeetingListItem>> RecentMeetingsAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.ApplicationId == applicationId)
            .Join(db.Companies, m => m.CompanyId, c => c.Id, (m, c) => new { m.Id, Company = c.Name, m.Mode, m.Goal, m.Status, m.CreatedAt })
            .ToListAsync(cancellationToken);
        // Ordered in memory: SQLite cannot order by a DateTimeOffset column.
        return [.. meetings.OrderByDescending(m => m.CreatedAt).Take(RecentMeetingCount)
            .Select(m => new MeetingListItem(m.Id, m.Company, m.Mode, m.Goal, m.Status, m.CreatedAt))];
    }
}
