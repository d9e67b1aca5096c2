using System.CommandLine;
using Roundtable.Server.Accounts;
using Spectre.Console;

namespace Roundtable.Cli.Commands.Apps;

/// <summary><c>roundtable apps rotate ID-OR-NAME</c>: a new key for the same application, shown once; the old one stops working.</summary>
internal static class AppsRotateCommand
{
    public static Command Create()
    {
        var idOrName = ApplicationSelection.CreateArgument();
        var databaseOptions = new AppsDatabaseOptions();
        var rotate = new Command("rotate", "Issue a new API key for an application (shown once; its data stays; the old key stops working, a revoked one too).")
        {
            idOrName,
        };
        databaseOptions.AddTo(rotate);
        rotate.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = await AppsDatabaseOptions.OpenAsync(databaseOptions.Resolve(parse), cancellationToken);
            if (await ApplicationSelection.SelectAsync(db, parse.GetValue(idOrName)!, cancellationToken) is not { } application)
            {
                return ApplicationSelection.UsageError;
            }

            if (await ApplicationRegistrar.RotateKeyAsync(db, application, cancellationToken) is not { } key)
            {
                await Console.Error.WriteLineAsync($"The key of '{application.Name}' ({application.Id}) changed or the application was removed meanwhile; nothing was issued. Run the command again.");
                return 1;
            }

            AnsiConsole.MarkupLine(
                $"New API key for [bold]{Markup.Escape(application.Name)}[/] ({application.Id}); servers refuse the old one within {VerifiedKeys.Lifetime.TotalSeconds:0} s.");
            AnsiConsole.MarkupLine("API key (shown once, store it now):");
            Console.WriteLine(key);
            return 0;
        });
        return rotate;
    }
}
