using System.CommandLine;

namespace Roundtable.Cli.Commands.Apps;

/// <summary>
/// <c>roundtable apps</c>: Assistant applications (tenants) and their API keys, read and written in the
/// server's database directly, so they work whether or not a server is running.
/// </summary>
internal static class AppsCommand
{
    public static Command Create() => new("apps", "Manage Assistant applications (tenants) and their API keys.")
    {
        AppsCreateCommand.Create(),
        AppsListCommand.Create(),
        AppsRevokeCommand.Create(),
        AppsRotateCommand.Create(),
    };
}
