using System.CommandLine;
using Roundtable.Server.Accounts;
using Roundtable.Server.Data;

namespace Roundtable.Cli.Commands.Apps;

/// <summary>The <c>&lt;id-or-name&gt;</c> argument of the key commands, resolved to exactly one application.</summary>
internal static class ApplicationSelection
{
    /// <summary>What a command exits with when the argument names no application or several.</summary>
    public const int UsageError = 2;

    public static Argument<string> CreateArgument() => new("id-or-name") { Description = "The application's id, or its name when only one application has it." };

    /// <summary>The one application meant, or null after telling the operator why not (none, or which ids share the name).</summary>
    public static async Task<Application?> SelectAsync(RoundtableDbContext db, string idOrName, CancellationToken cancellationToken)
    {
        var found = await ApplicationLookup.FindAsync(db, idOrName, cancellationToken);
        switch (found.Count)
        {
            case 1:
                return found[0];
            case 0:
                await Console.Error.WriteLineAsync($"No application has the id or name '{idOrName.Trim()}'. 'roundtable apps list' shows them.");
                return null;
            default:
                await Console.Error.WriteLineAsync(
                    $"{found.Count} applications are named '{idOrName.Trim()}'; name one by its id: {string.Join(", ", found.Select(a => a.Id))}.");
                return null;
        }
    }
}
