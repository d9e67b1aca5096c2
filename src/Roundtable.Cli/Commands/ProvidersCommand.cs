using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Engine.Providers;
using Spectre.Console;

namespace Roundtable.Cli.Commands;

/// <summary><c>roundtable providers</c>: every provider, configured or not, with its health.</summary>
internal static class ProvidersCommand
{
    public static Command Create()
    {
        var command = new Command("providers", "List the providers, configured or not, with their health.");
        command.SetAction(_ =>
        {
            using var services = EngineHost.Build();
            var registry = services.GetRequiredService<ProviderRegistry>();
            var table = new Table().AddColumns("Provider", "Kind", "Model", "Base URL", "Configured", "Status", "Circuit", "Last success", "Error rate");
            foreach (var health in registry.Health().OrderBy(h => h.Kind == ProviderKind.Offline).ThenBy(h => h.Name))
            {
                var settings = registry.Find(health.Name)!.Settings;
                table.AddRow(
                    Markup.Escape(health.Name),
                    health.Kind.ToString(),
                    Markup.Escape(health.Model ?? "-"),
                    Markup.Escape(settings.BaseUrl ?? "(built in)"),
                    health.IsConfigured ? "[green]yes[/]" : "[grey]no key[/]",
                    health.Status,
                    health.Circuit.ToString(),
                    health.Outcomes.LastSuccessAt?.ToString("u", CultureInfo.InvariantCulture) ?? "-",
                    health.Outcomes.RecentCalls == 0 ? "-" : health.Outcomes.RecentErrorRate.ToString("P0", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
