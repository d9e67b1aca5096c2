using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Roundtable.Server.Practice.Research;

/// <summary>Registers company research from a URL: the SSRF-guarded HTTP client, the page parser and the researcher.</summary>
public static class CompanyResearchExtensions
{
    public static IHostApplicationBuilder AddCompanyResearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ResearchOptions>().BindConfiguration(ResearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddCompanyResearchServices();
        return builder;
    }

    public static IServiceCollection AddCompanyResearchServices(this IServiceCollection services)
    {
        services.AddOptions<ResearchOptions>();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostNameResolver, DnsHostNameResolver>();
        services.TryAddSingleton<PracticeChatClients>();
        services.AddSingleton<VettedConnector>();
        services.AddHttpClient(SafeHttpFetcher.HttpClientName, (sp, client) =>
            {
                // SafeHttpFetcher limits the whole fetch, redirects included, through TimeProvider.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(sp.GetRequiredService<IOptions<ResearchOptions>>().Value.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // Redirects are followed by SafeHttpFetcher so that each hop is checked.
                AllowAutoRedirect = false,
                // A proxy would connect on our behalf to any address, bypassing the connect check.
                UseProxy = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectCallback = sp.GetRequiredService<VettedConnector>().ConnectAsync,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        services.AddSingleton<SafeHttpFetcher>();
        services.AddSingleton<CompanyPageParser>();
        services.AddSingleton(sp => new CompanyProfileStructurer(sp.GetRequiredService<PracticeChatClients>().Analyst));
        services.AddSingleton<CompanyResearcher>();
        return services;
    }
}
