using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Providers;

/// <summary>A provider with its whole per-provider pipeline, ready to be called.</summary>
public sealed class ProviderEndpoint(ProviderSettings settings, IChatClient client, Func<CircuitStatus> circuit) : IDisposable
{
    public ProviderSettings Settings { get; } = settings;

    public IChatClient Client { get; } = client;

    public string Name => Settings.Name;

    public CircuitStatus Circuit => circuit();

    public void Dispose() => Client.Dispose();
}
