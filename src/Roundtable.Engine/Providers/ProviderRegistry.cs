using Microsoft.Extensions.AI;
using Polly.CircuitBreaker;
using Roundtable.Engine.Providers.Offline;
using Roundtable.Engine.Providers.Pipeline;

namespace Roundtable.Engine.Providers;

/// <summary>
/// Every provider Roundtable knows, each with its own pipeline (accounting → rate limit →
/// timeout/retry/circuit breaker → history shaping → SDK), plus their health. Agents get a
/// <see cref="ProviderChainChatClient"/> over these endpoints.
/// </summary>
public sealed class ProviderRegistry : IDisposable
{
    private readonly Dictionary<string, ProviderEndpoint> endpoints = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<HttpClient> httpClients = [];

    public ProviderRegistry(IEnumerable<ProviderSettings> providers, TimeProvider timeProvider, Func<HttpMessageHandler>? transport = null)
    {
        Tracker = new ProviderHealthTracker(timeProvider);
        foreach (var settings in providers)
        {
            endpoints[settings.Name] = Build(settings, timeProvider, transport ?? DefaultTransport);
        }

        if (!endpoints.ContainsKey(KnownProviders.Offline))
        {
            var offline = new ProviderSettings { Name = KnownProviders.Offline, Kind = ProviderKind.Offline, Model = OfflineChatClient.ModelId };
            endpoints[offline.Name] = Build(offline, timeProvider, transport ?? DefaultTransport);
        }
    }

    public ProviderHealthTracker Tracker { get; }

    public IReadOnlyCollection<ProviderEndpoint> Endpoints => endpoints.Values;

    public ProviderEndpoint Offline => endpoints[KnownProviders.Offline];

    public ProviderEndpoint? Find(string name) => endpoints.GetValueOrDefault(name);

    /// <summary>A client that tries the chain in order, then the offline model.</summary>
    public IChatClient CreateChainClient(IReadOnlyList<ProviderLink> chain) => new ProviderChainChatClient(this, chain);

    public IReadOnlyList<ProviderHealth> Health() => endpoints.Values
        .Select(endpoint => new ProviderHealth
        {
            Name = endpoint.Name,
            Kind = endpoint.Settings.Kind,
            Model = endpoint.Settings.Model,
            IsConfigured = endpoint.Settings.IsConfigured,
            Circuit = endpoint.Circuit,
            Outcomes = Tracker.Snapshot(endpoint.Name),
        })
        .ToList();

    public void Dispose()
    {
        foreach (var endpoint in endpoints.Values)
        {
            endpoint.Dispose();
        }

        foreach (var client in httpClients)
        {
            client.Dispose();
        }
    }

    private static HttpMessageHandler DefaultTransport() =>
        new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    private ProviderEndpoint Build(ProviderSettings settings, TimeProvider timeProvider, Func<HttpMessageHandler> transport)
    {
        if (settings.Kind == ProviderKind.Offline)
        {
            var offline = new ChatClientBuilder(new OfflineChatClient())
                .UseProviderAccounting(settings, Tracker, timeProvider)
                .Build();
            return new ProviderEndpoint(settings, offline, () => CircuitStatus.Closed);
        }

        if (!settings.IsConfigured)
        {
            return new ProviderEndpoint(settings, new UnconfiguredChatClient(settings.Name), () => CircuitStatus.Closed);
        }

        // Our middleware owns timeouts; the HttpClient must not cut long streams on its own.
        var http = new HttpClient(new ProviderResponseObserverHandler(timeProvider) { InnerHandler = transport() })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        httpClients.Add(http);

        ProviderResilienceChatClient? resilience = null;
        var builder = new ChatClientBuilder(ProviderClientFactory.CreateSdkClient(settings, http))
            .UseProviderAccounting(settings, Tracker, timeProvider)
            .UseProviderRateLimit(settings, timeProvider)
            .UseProviderResilience(settings, timeProvider, created => resilience = created);
        if (NeedsAlternatingRoles(settings))
        {
            builder.UseAlternatingRoles();
        }

        var client = builder.Build();
        return new ProviderEndpoint(settings, client, () => CircuitOf(resilience!.CircuitState));
    }

    private static bool NeedsAlternatingRoles(ProviderSettings settings) =>
        settings.Kind != ProviderKind.OpenAI;

    private static CircuitStatus CircuitOf(CircuitBreakerStateProvider state) => state.CircuitState switch
    {
        CircuitState.Open => CircuitStatus.Open,
        CircuitState.HalfOpen => CircuitStatus.HalfOpen,
        CircuitState.Isolated => CircuitStatus.Isolated,
        _ => CircuitStatus.Closed,
    };
}
