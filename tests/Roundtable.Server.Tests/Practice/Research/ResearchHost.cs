using System.Net;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Roundtable.Engine.Providers;
using Roundtable.Server.Practice.Research;

namespace Roundtable.Server.Tests.Practice.Research;

/// <summary>Company research wired as the server wires it (AddCompanyResearch, configuration), with test host names and clock.</summary>
internal sealed class ResearchHost : IDisposable
{
    private readonly IHost host;

    public ResearchHost(Dictionary<string, string?> settings, TimeProvider? timeProvider = null, IChatClient? analyst = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        if (timeProvider is not null)
            builder.Services.AddSingleton(timeProvider);
        builder.Services.AddSingleton<IHostNameResolver>(new MappedHostNameResolver(new()
        {
            ["site.test"] = IPAddress.Loopback,
            ["www.site.test"] = IPAddress.Loopback,
            ["internal.test"] = IPAddress.Loopback,
        }));
        // No provider keys: the analyst chain is the offline model alone.
        builder.Services.AddSingleton(sp => new ProviderRegistry(ProviderCatalog.Load(new ConfigurationBuilder().Build(), _ => null), TimeProvider.System));
        builder.AddCompanyResearch();
        if (analyst is not null)
            builder.Services.Replace(ServiceDescriptor.Singleton(new CompanyProfileStructurer(analyst)));
        host = builder.Build();
    }

    public SafeHttpFetcher Fetcher => host.Services.GetRequiredService<SafeHttpFetcher>();

    public CompanyResearcher Researcher => host.Services.GetRequiredService<CompanyResearcher>();

    public static Dictionary<string, string?> Settings(bool allowPrivate, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Practice:Research:AllowPrivateNetworks"] = allowPrivate ? "true" : "false" };
        foreach (var (key, value) in more)
            settings[$"Practice:Research:{key}"] = value;
        return settings;
    }

    public void Dispose() => host.Dispose();
}
