using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Accounts;
using Roundtable.Server.Data;
using Spectre.Console;

namespace Roundtable.Cli.Commands;

/// <summary><c>roundtable apps create NAME</c>: a new Assistant application and its API key, shown once.</summary>
internal static class AppsCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The application's name." };
        var connection = new Option<string?>("--connection") { Description = "Database connection string or postgresql:// URL (default: ConnectionStrings__Roundtable, then DATABASE_URL, then a SQLite file in --data-folder)." };
        var dataFolder = new Option<string>("--data-folder") { Description = "Folder of the default SQLite database.", DefaultValueFactory = _ => "data" };
        var create = new Command("create", "Create an application and print its API key (shown once; only its hash is stored).") { name, connection, dataFolder };
        create.SetAction(async (parse, cancellationToken) =>
        {
            var applicationName = parse.GetValue(name)!.Trim();
            if (applicationName.Length is 0 or > ApplicationRegistrar.MaxNameLength)
            {
                await Console.Error.WriteLineAsync($"The application's name is 1–{ApplicationRegistrar.MaxNameLength} characters, not blank.");
                return 2;
            }

            var database = DatabaseConnection.Resolve(
                parse.GetValue(connection) ?? Environment.GetEnvironmentVariable("ConnectionStrings__Roundtable"),
                Environment.GetEnvironmentVariable("DATABASE_URL"),
                Path.GetFullPath(parse.GetValue(dataFolder)!));
            await using var db = Open(database);
            await db.Database.MigrateAsync(cancellationToken);
            var created = await ApplicationRegistrar.CreateAsync(db, applicationName, DateTimeOffset.UtcNow, cancellationToken);
            AnsiConsole.MarkupLine($"Created application [bold]{Markup.Escape(created.Application.Name)}[/] ({created.Application.Id}) in {Markup.Escape(database.Redacted)}.");
            AnsiConsole.MarkupLine("API key (shown once, store it now):");
            Console.WriteLine(created.ApiKey);
            return 0;
        });
        return new Command("apps", "Manage Assistant applications (tenants) and their API keys.") { create };
    }

    private static RoundtableDbContext Open(DatabaseConnection database) => database.Provider == DatabaseProvider.Postgres
        ? new PostgresRoundtableDbContext(new DbContextOptionsBuilder<PostgresRoundtableDbContext>().UseNpgsql(database.ConnectionString).Options)
        : new SqliteRoundtableDbContext(new DbContextOptionsBuilder<SqliteRoundtableDbContext>().UseSqlite(database.ConnectionString).Options);
}
