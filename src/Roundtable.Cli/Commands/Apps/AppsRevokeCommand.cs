using System.CommandLine;
using System.Globalization;
using Roundtable.Server.Accounts;
using Spectre.Console;

namespace Roundtable.Cli.Commands.Apps;

/// <summary><c>roundtable apps revoke ID-OR-NAME</c>: the application's key stops opening the API; its data stays.</summary>
internal static class AppsRevokeCommand
{
    public static Command Create()
    {
        var idOrName = ApplicationSelection.CreateArgument();
        var databaseOptions = new AppsDatabaseOptions();
        var revoke = new Command("revoke", "Revoke an application's API key (its data stays; 'apps rotate' issues a new key).") { idOrName };
        databaseOptions.AddTo(revoke);
        revoke.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = await AppsDatabaseOptions.OpenAsync(databaseOptions.Resolve(parse), cancellationToken);
            if (await ApplicationSelection.SelectAsync(db, parse.GetValue(idOrName)!, cancellationToken) is not { } application)
            {
                return ApplicationSelection.UsageError;
            }

            var name = Markup.Escape(application.Name);
            if (!await ApplicationRegistrar.RevokeKeyAsync(db, application.Id, TimeProvider.System.GetUtcNow(), cancellationToken))
            {
                var since = application.RevokedAt?.UtcDateTime.ToString("u", CultureInfo.InvariantCulture) ?? "a moment ago";
                AnsiConsole.MarkupLine($"The key of [bold]{name}[/] ({application.Id}) was already revoked ({since}).");
                return 0;
            }

            AnsiConsole.MarkupLine(
                $"Revoked the key of [bold]{name}[/] ({application.Id}); servers refuse it within {VerifiedKeys.Lifetime.TotalSeconds:0} s.");
            return 0;
        });
        return revoke;
    }
}
