using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Roundtable.Engine.Providers.Pipeline;

namespace Roundtable.Engine.Providers;

/// <summary>
/// An agent's failover: tries each provider of its chain in order, then the offline model. A
/// provider is passed over only before it has produced its first token; a stream that breaks
/// later is an error (<see cref="ProviderFaultKind.Interrupted"/>) and is never silently replaced.
/// The answer carries a <see cref="MessageProducer"/> naming the provider that really answered.
/// </summary>
public sealed class ProviderChainChatClient(ProviderRegistry registry, IReadOnlyList<ProviderLink> chain) : IChatClient
{
    private readonly IReadOnlyList<ProviderLink> links = WithOfflineLast(chain);

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var history = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        var failures = new List<FailedAttempt>();
        foreach (var (endpoint, linkOptions) in Candidates(options, failures))
        {
            try
            {
                var response = await endpoint.Client.GetResponseAsync(history, linkOptions, cancellationToken).ConfigureAwait(false);
                var call = (ProviderCallReport)response.AdditionalProperties![ProviderCallReport.PropertyKey]!;
                response.AdditionalProperties[MessageProducer.PropertyKey] = MessageProducer.From(call, failures);
                return response;
            }
            catch (ProviderCallException fault) when (!cancellationToken.IsCancellationRequested)
            {
                failures.Add(new FailedAttempt(endpoint.Name, fault.Reason));
            }
        }

        throw new AllProvidersFailedException(failures);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var history = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        var failures = new List<FailedAttempt>();
        foreach (var (endpoint, linkOptions) in Candidates(options, failures))
        {
            var opened = await FirstTokenStream.TryOpenAsync(endpoint, history, linkOptions, cancellationToken).ConfigureAwait(false);
            if (opened.Failure is { } failure)
            {
                failures.Add(new FailedAttempt(endpoint.Name, failure.Reason));
                continue;
            }

            await using var stream = opened.Stream!;
            foreach (var update in stream.Buffered)
            {
                yield return Attributed(update, failures);
            }

            while (await stream.MoveNextAsync().ConfigureAwait(false))
            {
                yield return Attributed(stream.Current, failures);
            }

            yield break;
        }

        throw new AllProvidersFailedException(failures);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
        // The endpoints belong to the registry.
    }

    private IEnumerable<(ProviderEndpoint Endpoint, ChatOptions Options)> Candidates(ChatOptions? options, List<FailedAttempt> failures)
    {
        foreach (var link in links)
        {
            var endpoint = registry.Find(link.Provider);
            if (endpoint is null)
            {
                failures.Add(new FailedAttempt(link.Provider, "unknown provider"));
                continue;
            }

            if (!endpoint.Settings.IsConfigured)
            {
                failures.Add(new FailedAttempt(link.Provider, "not configured"));
                continue;
            }

            // Each provider gets its own copy: a model named for one provider means nothing to another.
            var linkOptions = options?.Clone() ?? new ChatOptions();
            linkOptions.ModelId = link.Model;
            yield return (endpoint, linkOptions);
        }
    }

    private static ChatResponseUpdate Attributed(ChatResponseUpdate update, IReadOnlyList<FailedAttempt> failures)
    {
        if (update.AdditionalProperties?.TryGetValue(ProviderCallReport.PropertyKey, out var value) == true
            && value is ProviderCallReport call)
        {
            update.AdditionalProperties[MessageProducer.PropertyKey] = MessageProducer.From(call, failures);
        }

        return update;
    }

    private static IReadOnlyList<ProviderLink> WithOfflineLast(IReadOnlyList<ProviderLink> chain)
    {
        var links = chain.Where(l => !string.Equals(l.Provider, KnownProviders.Offline, StringComparison.OrdinalIgnoreCase)).ToList();
        links.Add(new ProviderLink(KnownProviders.Offline));
        return links;
    }
}
