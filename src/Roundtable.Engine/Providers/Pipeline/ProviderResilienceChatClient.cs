using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Polly;
using Polly.CircuitBreaker;

namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>
/// Per-provider timeout, retries with jittered backoff that honour Retry-After, and a circuit
/// breaker. For streams, all of this covers the time until the first token: once text has been
/// produced, a failure is <see cref="ProviderFaultKind.Interrupted"/> and is never retried here.
/// </summary>
public sealed class ProviderResilienceChatClient : DelegatingChatClient
{
    private readonly ProviderSettings settings;
    private readonly TimeProvider timeProvider;
    private readonly ResiliencePipeline pipeline;

    public ProviderResilienceChatClient(IChatClient innerClient, ProviderSettings settings, TimeProvider timeProvider)
        : base(innerClient)
    {
        this.settings = settings;
        this.timeProvider = timeProvider;
        CircuitState = new CircuitBreakerStateProvider();
        pipeline = ProviderResiliencePipeline.Build(settings, timeProvider, CircuitState);
    }

    /// <summary>Live state of this provider's circuit breaker, for health reporting.</summary>
    public CircuitBreakerStateProvider CircuitState { get; }

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var history = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        return await ExecuteAsync(async token =>
        {
            using var attempt = ProviderAttempt.Start(settings, timeProvider, token);
            try
            {
                return await base.GetResponseAsync(history, options, attempt.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not ProviderCallException)
            {
                throw attempt.Classify(exception);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var history = messages as IReadOnlyCollection<ChatMessage> ?? messages.ToList();
        var stream = await ExecuteAsync(
            _ => StartedStream.OpenAsync(InnerClient, history, options, settings, timeProvider, cancellationToken),
            cancellationToken).ConfigureAwait(false);

        await using (stream.ConfigureAwait(false))
        {
            foreach (var update in stream.Buffered)
            {
                yield return update;
            }

            while (await stream.MoveNextAsync().ConfigureAwait(false))
            {
                yield return stream.Current;
            }
        }
    }

    private async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(async token => await call(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException exception)
        {
            throw new ProviderCallException(settings.Name, ProviderFaultKind.CircuitOpen, "circuit open", exception);
        }
    }
}
