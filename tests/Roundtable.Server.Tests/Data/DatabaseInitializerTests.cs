using System.Net;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Data;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task StartAsync_MigrationLockLeftByAKilledServer_StartsAnyway()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await database.MigrateAsync();
        await using (var db = database.CreateContext())
        {
            // What a server killed while migrating leaves behind (EF Core's SQLite lock has no timeout).
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL)");
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-11-23 14:00:00')");
        }

        await using var server = new ShowcaseServer(database);
        // Starting the host is what hung before the fix; fail after 30 s instead of hanging the run.
        using var http = await Task.Run(server.CreateClient).WaitAsync(TimeSpan.FromSeconds(30));
        var health = await http.GetAsync("/health").WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await using var after = database.CreateContext();
        Assert.Empty(await after.Database.SqlQueryRaw<int>("SELECT \"Id\" AS \"Value\" FROM \"__EFMigrationsLock\"").ToListAsync());
    }
}
