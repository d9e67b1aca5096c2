using System.CommandLine;
using Roundtable.Cli.Commands;
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
return await root.Parse(args).InvokeAsync();
