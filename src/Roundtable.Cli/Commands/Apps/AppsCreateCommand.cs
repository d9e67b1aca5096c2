using System.CommandLine;
using Roundtable.Server.Accounts;
using Spectre.Console;

namespace Roundtable.Cli.Commands.Apps;

/// <summary><c>roundtable apps create NAME</c>: a new application and its API key, shown once.</summary>
internal static class AppsCreateCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The application's name." };
        var databaseOptions = new AppsDatabaseOptions();
        var create = new Command("create", "Create an application and print its API key (shown once; only its hash is stored).") { name };
        databaseOptions.AddTo(create);
        create.SetAction(async (parse, cancellationToken) =>
        {
            var applicationName = parse.GetValue(name)!.Trim();
            if (applicationName.Length is 0 or > ApplicationRegistrar.MaxNameLength)
            {
                await Console.Error.WriteLineAsync($"The application's name is 1–{ApplicationRegistrar.MaxNameLength} characters, not blank.");
                return 2;
            }

            var database = databaseOptions.Resolve(parse);
            await using var db = await AppsDatabaseOptions.OpenAsync(database, cancellationToken);
            var created = await ApplicationRegistrar.CreateAsync(db, applicationName, TimeProvider.System.GetUtcNow(), cancellationToken);
            AnsiConsole.MarkupLine($"Created application [bold]{Markup.Escape(created.Application.Name)}[/] ({created.Application.Id}) in {Markup.Escape(database.Redacted)}.");
            AnsiConsole.MarkupLine("API key (shown once, store it now):");
            Console.WriteLine(created.ApiKey);
            return 0;
        });
        return create;
    }
}
