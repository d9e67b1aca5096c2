using System.CommandLine;
using Roundtable.Cli.Commands;
using Roundtable.Cli.Commands.Apps;
using Spectre.Console;

if (Console.IsOutputRedirected)
{
    // Piped output has no width; don't wrap lines at Spectre's default of 80 columns.
    AnsiConsole.Profile.Width = 1_000;
}

var root = new RootCommand("Roundtable: AI agents backed by different providers, in conversation.")
{
    ConverseCommand.Create(),
    ProvidersCommand.Create(),
    AppsCommand.Create(),
};
var parse = root.Parse(args);
var exitCode = await parse.InvokeAsync();

// Usage errors exit 2, as getopt-style tools do and as the commands' own refusals of their arguments do.
return parse.Errors.Count > 0 ? 2 : exitCode;
