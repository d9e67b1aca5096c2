using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Roundtable.Engine.Providers;

namespace Roundtable.Server.Assistant;

/// <summary>
/// The failover chat client for a conversation's provider and model: its provider first (or the
/// configured chain), the offline model last. One client per (chain, model), shared by all turns.
/// </summary>
public sealed class AssistantChatClients(ProviderRegistry registry, IOptions<AssistantOptions> options)
{
    private readonly ConcurrentDictionary<string, IChatClient> clients = new(StringComparer.Ordinal);

    public bool IsKnownProvider(string name) => registry.Find(name) is not null;

    public IChatClient For(AssistantConversation conversation)
    {
        IReadOnlyList<string> chain = conversation.Provider is { } provider ? [provider] : options.Value.Chain;
        var key = string.Join(',', chain) + "|" + conversation.Model;
        return clients.GetOrAdd(key, _ => registry.CreateChainClient(
            [.. chain.Select((name, index) => new ProviderLink(name, index == 0 ? conversation.Model : null))]));
    }
}
