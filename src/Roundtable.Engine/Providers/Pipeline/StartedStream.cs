using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>
/// A provider stream that has produced its first token. Opening it is the part that may be
/// retried or failed over; reading on from there turns any failure into
/// <see cref="ProviderFaultKind.Interrupted"/>.
/// </summary>
internal sealed class StartedStream : IAsyncDisposable
{
    private readonly string provider;
    private readonly ProviderAttempt attempt;
    private readonly IAsyncEnumerator<ChatResponseUpdate> enumerator;
    private readonly CancellationToken callerToken;

    private StartedStream(string provider, ProviderAttempt attempt, IAsyncEnumerator<ChatResponseUpdate> enumerator,
        List<ChatResponseUpdate> buffered, CancellationToken callerToken)
    {
        this.provider = provider;
        this.attempt = attempt;
        this.enumerator = enumerator;
        this.callerToken = callerToken;
        Buffered = buffered;
    }

    /// <summary>Updates read while waiting for the first token, the first token's update last.</summary>
    public IReadOnlyList<ChatResponseUpdate> Buffered { get; }

    public ChatResponseUpdate Current => enumerator.Current;

    public static async Task<StartedStream> OpenAsync(IChatClient client, IReadOnlyCollection<ChatMessage> messages,
        ChatOptions? options, ProviderSettings settings, TimeProvider timeProvider, CancellationToken callerToken)
    {
        var attempt = ProviderAttempt.Start(settings, timeProvider, callerToken);
        IAsyncEnumerator<ChatResponseUpdate>? enumerator = null;
        try
        {
            enumerator = client.GetStreamingResponseAsync(messages, options, attempt.Token).GetAsyncEnumerator(attempt.Token);
            var buffered = new List<ChatResponseUpdate>();
            while (await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                buffered.Add(enumerator.Current);
                if (!string.IsNullOrEmpty(enumerator.Current.Text))
                {
                    attempt.DisarmTimeout();
                    attempt.EndObservation();
                    return new StartedStream(settings.Name, attempt, enumerator, buffered, callerToken);
                }
            }

            throw new ProviderCallException(settings.Name, ProviderFaultKind.Malformed, "stream ended without any text");
        }
        catch (Exception exception)
        {
            var classified = attempt.Classify(exception);
            if (enumerator is not null)
            {
                await DisposeQuietlyAsync(enumerator).ConfigureAwait(false);
            }

            attempt.Dispose();
            if (ReferenceEquals(classified, exception))
            {
                throw;
            }

            throw classified;
        }
    }

    public async ValueTask<bool> MoveNextAsync()
    {
        try
        {
            return await enumerator.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (!callerToken.IsCancellationRequested)
        {
            throw new ProviderCallException(provider, ProviderFaultKind.Interrupted, "stream broke after the first token", exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeQuietlyAsync(enumerator).ConfigureAwait(false);
        attempt.Dispose();
    }

    private static async ValueTask DisposeQuietlyAsync(IAsyncEnumerator<ChatResponseUpdate> enumerator)
    {
        try
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException or OperationCanceledException)
        {
            // The connection is already broken; closing it can only fail the same way.
        }
    }
}
