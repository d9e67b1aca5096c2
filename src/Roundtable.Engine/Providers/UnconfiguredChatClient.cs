using Microsoft.Extensions.AI;
using Roundtable.Engine.Providers.Pipeline;

namespace Roundtable.Engine.Providers;

/// <summary>Stands in for a provider that has no key or address: every call fails at once, saying so.</summary>
internal sealed class UnconfiguredChatClient(string provider) : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw NotConfigured();

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw NotConfigured();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private ProviderCallException NotConfigured() => new(provider, ProviderFaultKind.Rejected, "not configured");
}
