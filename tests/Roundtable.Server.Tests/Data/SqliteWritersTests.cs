using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Server.Accounts;
using Roundtable.Server.Data;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Data;

/// <summary>
/// SQLite saves queue in the process instead of in SQLite's busy handler, and the per-connection
/// settings hold on every connection the pool hands out, not only on the first.
/// </summary>
public sealed class SqliteWritersTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task SaveChanges_ManyContextsAtOnce_EveryRowLands()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await database.MigrateAsync();

        await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            db.Applications.Add(NewApplication(i));
            await db.SaveChangesAsync();
        }))).WaitAsync(HangGuard);

        await using var check = database.CreateContext();
        Assert.Equal(32, await check.Applications.CountAsync());
    }

    [Fact]
    public async Task SaveChanges_WhileAnExplicitTransactionHoldsTheWriteLock_WaitsForItAndBothLand()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await database.MigrateAsync();
        await using var holder = database.CreateContext();
        await using var transaction = await holder.Database.BeginTransactionAsync();
        holder.Applications.Add(NewApplication(0));
        await holder.SaveChangesAsync();

        // This save takes the process's queue and then waits for SQLite's lock, which the transaction holds.
        var waiting = Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            db.Applications.Add(NewApplication(1));
            await db.SaveChangesAsync();
        });
        await Eventually.GetAsync(() => SqliteWriters.For(database.ConnectionString).CurrentCount, free => free == 0, "the second save to take the queue");
        Assert.False(waiting.IsCompleted);

        // Had saves inside a transaction queued too, this one would wait for the save that waits for it.
        holder.Applications.Add(NewApplication(2));
        await holder.SaveChangesAsync().WaitAsync(HangGuard);
        await transaction.CommitAsync();
        await waiting.WaitAsync(HangGuard);

        await using var check = database.CreateContext();
        Assert.Equal(3, await check.Applications.CountAsync());
    }

    [Fact]
    public async Task ServerContexts_EveryPooledConnection_HasTheBusyTimeoutAndSynchronousSettings()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = new ShowcaseServer(database);
        using var http = server.CreateClient();
        var contexts = server.Services.GetRequiredService<IRoundtableDbContextFactory>();

        // Held open together, so the pool has to hand out three native connections, not one three times.
        var open = new List<RoundtableDbContext>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var db = contexts.CreateDbContext();
                open.Add(db);
                await db.Database.OpenConnectionAsync();
                Assert.Equal(10_000, await Pragma(db, "SELECT * FROM pragma_busy_timeout"));
                Assert.Equal(1, await Pragma(db, "SELECT * FROM pragma_synchronous"));
            }
        }
        finally
        {
            foreach (var db in open)
            {
                await db.DisposeAsync();
            }
        }
    }

    private static async Task<long> Pragma(RoundtableDbContext db, string query) =>
        (await db.Database.SqlQueryRaw<long>(query).ToListAsync()).Single();

    private static Application NewApplication(int i) => new()
    {
        Id = Guid.NewGuid(),
        Name = $"app {i}",
        KeyPrefix = $"rt_{i:D8}",
        KeyHash = new byte[32],
        CreatedAt = DateTimeOffset.UnixEpoch,
    };
}
