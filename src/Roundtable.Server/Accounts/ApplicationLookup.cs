using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;

namespace Roundtable.Server.Accounts;

/// <summary>Finds applications as an operator names them: by id, or by name (names are not unique).</summary>
public static class ApplicationLookup
{
    /// <summary>The application with that id if there is one, else every application with that name, oldest first.</summary>
    public static async Task<IReadOnlyList<Application>> FindAsync(RoundtableDbContext db, string idOrName, CancellationToken cancellationToken)
    {
        var text = idOrName.Trim();
        if (Guid.TryParse(text, out var id)
            && await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } byId)
        {
            return [byId];
        }

        return await db.Applications.AsNoTracking().Where(a => a.Name == text).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Every application, oldest first, for an operator's listing.</summary>
    public static async Task<IReadOnlyList<Application>> AllAsync(RoundtableDbContext db, CancellationToken cancellationToken) =>
        await db.Applications.AsNoTracking().OrderBy(a => a.CreatedAt).ThenBy(a => a.Name).ToListAsync(cancellationToken);
}
