using System.CommandLine;
using System.Globalization;
using Roundtable.Server.Accounts;
using Spectre.Console;

namespace Roundtable.Cli.Commands.Apps;

/// <summary><c>roundtable apps list</c>: every application with its key's prefix and state; never a secret (the database holds none).</summary>
internal static class AppsListCommand
{
    public static Command Create()
    {
        var databaseOptions = new AppsDatabaseOptions();
        var list = new Command("list", "List the applications: id, name, key prefix, created, revoked.");
        databaseOptions.AddTo(list);
        list.SetAction(async (parse, cancellationToken) =>
        {
            var database = databaseOptions.Resolve(parse);
            await using var db = await AppsDatabaseOptions.OpenAsync(database, cancellationToken);
            var applications = await ApplicationLookup.AllAsync(db, cancellationToken);
            if (applications.Count == 0)
            {
                AnsiConsole.MarkupLine($"No applications in {Markup.Escape(database.Redacted)}; create one with 'roundtable apps create NAME'.");
                return 0;
            }

            var table = new Table().AddColumns("Id", "Name", "Key prefix", "Created", "Revoked");
            foreach (var application in applications)
            {
                table.AddRow(
                    application.Id.ToString(),
                    Markup.Escape(application.Name),
                    Markup.Escape(application.KeyPrefix + "…"),
                    Time(application.CreatedAt),
                    application.RevokedAt is { } revokedAt ? $"[red]{Time(revokedAt)}[/]" : "-");
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return list;
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("u", CultureInfo.InvariantCulture);
}
