using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Agents;

/// <summary>
/// Each agent's chat client: its provider chain (the agent's own model applies to its primary
/// provider only), ending in the offline model.
/// </summary>
public sealed class AgentClients(ProviderRegistry registry)
{
    private readonly ConcurrentDictionary<AgentDefinition, IChatClient> clients = new();

    public IChatClient For(AgentDefinition agent) => clients.GetOrAdd(agent, a => registry.CreateChainClient(ChainOf(a)));

    public static IReadOnlyList<ProviderLink> ChainOf(AgentDefinition agent) =>
        agent.ProviderChain
            .Select((provider, index) => new ProviderLink(provider, index == 0 ? agent.Model : null))
            .ToList();
}
