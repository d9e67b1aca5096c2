using Microsoft.EntityFrameworkCore;

namespace Roundtable.Server.Data;

/// <summary>Applies migrations and seeds the demo data before anything else starts.</summary>
internal sealed partial class DatabaseInitializer(
    IRoundtableDbContextFactory contexts, DatabaseConnection connection, TimeProvider timeProvider,
    IConfiguration configuration, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            await ReleaseStaleSqliteMigrationLockAsync(db, cancellationToken);
        }

        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            LogMigrating(logger, connection.Provider, connection.Redacted);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            // Readers never block the writer, and a crash loses nothing committed.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (configuration.GetValue("Showcase:SeedDemoData", true))
        {
            await DemoData.SeedAsync(db, timeProvider.GetUtcNow(), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// EF Core's SQLite migration lock is a row with no timeout: a server killed while holding it
    /// would make every later start wait forever. One server owns a SQLite file, so a row found at
    /// start is always stale. (PostgreSQL uses a session advisory lock, released with the connection.)
    /// </summary>
    private async Task ReleaseStaleSqliteMigrationLockAsync(RoundtableDbContext db, CancellationToken cancellationToken)
    {
        var connectionToDatabase = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var exists = connectionToDatabase.CreateCommand();
            exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }

            await using var release = connectionToDatabase.CreateCommand();
            release.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
            if (await release.ExecuteNonQueryAsync(cancellationToken) > 0)
            {
                LogStaleLock(logger);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database: removed a migration lock left by a server that was killed while starting")]
    private static partial void LogStaleLock(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database: applying migrations on {Provider} ({Connection})")]
    private static partial void LogMigrating(ILogger logger, DatabaseProvider provider, string connection);
}
