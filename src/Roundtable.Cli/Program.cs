using System.CommandLine;
using Roundtable.Cli.Commands;

var root = new RootCommand("Roundtable: AI agents backed by different providers, in conversation.")
{
    ConverseCommand.Create(),
    ProvidersCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
