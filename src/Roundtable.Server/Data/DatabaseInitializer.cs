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
        LogMigrating(logger, connection.Provider, connection.Redacted);
        await db.Database.MigrateAsync(cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Database: applying migrations on {Provider} ({Connection})")]
    private static partial void LogMigrating(ILogger logger, DatabaseProvider provider, string connection);
}
