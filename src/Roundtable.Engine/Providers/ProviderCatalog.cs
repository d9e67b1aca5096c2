using Microsoft.Extensions.Configuration;

namespace Roundtable.Engine.Providers;

/// <summary>
/// Reads every provider from configuration: the well-known ones always exist (configured or not),
/// and any other child of <c>Providers</c> is an extra OpenAI-compatible endpoint.
/// </summary>
public static class ProviderCatalog
{
    public const string SectionName = "Providers";

    public static IReadOnlyList<ProviderSettings> Load(IConfiguration configuration, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var section = configuration.GetSection(SectionName);
        var providers = KnownProviders.All
            .Select(known => FromKnown(known, section.GetSection(known.Name), environment))
            .ToList();

        foreach (var child in section.GetChildren())
        {
            if (KnownProviders.Find(child.Key) is null)
            {
                providers.Add(Bind(new ProviderSettings { Name = child.Key }, child));
            }
        }

        return providers;
    }

    private static ProviderSettings FromKnown(KnownProvider known, IConfigurationSection section, Func<string, string?> environment)
    {
        var defaults = new ProviderSettings
        {
            Name = known.Name,
            Kind = known.Kind,
            ApiKey = known.KeyVariables.Select(environment).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)),
            BaseUrl = NonEmpty(known.BaseUrlVariable is null ? null : environment(known.BaseUrlVariable)) ?? known.DefaultBaseUrl,
            Model = known.DefaultModel,
            InputPricePerMillion = known.InputPricePerMillion,
            OutputPricePerMillion = known.OutputPricePerMillion,
        };
        return Bind(defaults, section) with { Name = known.Name, Kind = known.Kind };
    }

    private static ProviderSettings Bind(ProviderSettings defaults, IConfigurationSection section)
    {
        // Records with init-only properties bind onto a copy; empty strings from configuration mean "not set".
        var bound = defaults with { };
        section.Bind(bound);
        return bound with
        {
            ApiKey = NonEmpty(bound.ApiKey) ?? defaults.ApiKey,
            BaseUrl = NonEmpty(bound.BaseUrl) ?? defaults.BaseUrl,
            Model = NonEmpty(bound.Model) ?? defaults.Model,
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
