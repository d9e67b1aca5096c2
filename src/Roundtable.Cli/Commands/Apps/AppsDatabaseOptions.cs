using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;

namespace Roundtable.Cli.Commands.Apps;

/// <summary>Which database an <c>apps</c> command opens: <c>--connection</c>, the server's environment variables, or the SQLite file in <c>--data-folder</c>.</summary>
internal sealed class AppsDatabaseOptions
{
    private readonly Option<string?> connection = new("--connection")
    {
        Description = "Database connection string or postgresql:// URL (default: ConnectionStrings__Roundtable, then DATABASE_URL, then a SQLite file in --data-folder).",
    };

    private readonly Option<string> dataFolder = new("--data-folder") { Description = "Folder of the default SQLite database.", DefaultValueFactory = _ => "data" };

    public void AddTo(Command command)
    {
        command.Options.Add(connection);
        command.Options.Add(dataFolder);
    }

    public DatabaseConnection Resolve(ParseResult parse) => DatabaseConnection.Resolve(
        parse.GetValue(connection) ?? Environment.GetEnvironmentVariable("ConnectionStrings__Roundtable"),
        Environment.GetEnvironmentVariable("DATABASE_URL"),
        Path.GetFullPath(parse.GetValue(dataFolder)!));

    /// <summary>Opens the database at the server's schema (migrating it as the server would on start).</summary>
    public static async Task<RoundtableDbContext> OpenAsync(DatabaseConnection database, CancellationToken cancellationToken)
    {
        RoundtableDbContext db = database.Provider == DatabaseProvider.Postgres
            ? new PostgresRoundtableDbContext(new DbContextOptionsBuilder<PostgresRoundtableDbContext>().UseNpgsql(database.ConnectionString).Options)
            : new SqliteRoundtableDbContext(new DbContextOptionsBuilder<SqliteRoundtableDbContext>().UseSqlite(database.ConnectionString).Options);
        await db.Database.MigrateAsync(cancellationToken);
        return db;
    }
}
