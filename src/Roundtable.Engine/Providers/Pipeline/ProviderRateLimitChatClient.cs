using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>
/// Holds calls back until the provider's per-minute request and token budgets allow them. A call
/// that cannot get a budget within the provider's timeout fails with
/// <see cref="ProviderFaultKind.LocalRateLimit"/>, so the chain can fail over instead of queueing forever.
/// </summary>
public sealed class ProviderRateLimitChatClient(IChatClient innerClient, ProviderSettings settings, TimeProvider timeProvider)
    : DelegatingChatClient(innerClient)
{
    private readonly ProviderRateLimiter limiter = new(settings.RequestsPerMinute, settings.TokensPerMinute, timeProvider);

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var history = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        await WaitForBudgetAsync(history, options, cancellationToken).ConfigureAwait(false);
        return await base.GetResponseAsync(history, options, cancellationToken).ConfigureAwait(false);
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var history = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        await WaitForBudgetAsync(history, options, cancellationToken).ConfigureAwait(false);
        await foreach (var update in base.GetStreamingResponseAsync(history, options, cancellationToken).ConfigureAwait(false))
        {
            yield return update;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            limiter.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        base.Dispose(disposing);
    }

    private async Task WaitForBudgetAsync(IReadOnlyCollection<ChatMessage> messages, ChatOptions? options, CancellationToken cancellationToken)
    {
        if (!limiter.IsLimited)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(settings.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var estimate = TokenEstimate.ForMessages(messages) + (options?.MaxOutputTokens ?? 0);
        if (!await limiter.TryAcquireAsync(estimate, linked.Token).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new ProviderCallException(settings.Name, ProviderFaultKind.LocalRateLimit, "per-minute budget exhausted");
        }
    }
}
