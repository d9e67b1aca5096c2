using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;
using Roundtable.Server.Practice.Meetings;

namespace Roundtable.Server.Pages.Practice;

/// <summary>Who meets: the salesperson and product, and the company across the table.</summary>
public sealed record PracticeMeetingParties(string SalespersonName, string ProductName, string CompanyName)
{
    public static async Task<PracticeMeetingParties> LoadAsync(RoundtableDbContext db, MeetingView meeting, CancellationToken cancellationToken)
    {
        var salesperson = await db.Salespeople.AsNoTracking().Where(s => s.Id == meeting.SalespersonId)
            .Select(s => new { s.Name, s.ProductName }).FirstAsync(cancellationToken);
        var company = await db.Companies.AsNoTracking().Where(c => c.Id == meeting.CompanyId).Select(c => c.Name).FirstAsync(cancellationToken);
        return new PracticeMeetingParties(salesperson.Name, salesperson.ProductName, company);
    }
}
