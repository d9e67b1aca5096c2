using Microsoft.Extensions.AI;
using Roundtable.Engine.Providers.Pipeline;

namespace Roundtable.Engine.Providers;

/// <summary>
/// Opens one provider's stream and reads up to its first token, which is the point of no return
/// for failover: before it, a failure moves on to the next provider; after it, the stream is the answer.
/// </summary>
internal sealed class FirstTokenStream : IAsyncDisposable
{
    private readonly IAsyncEnumerator<ChatResponseUpdate> enumerator;

    private FirstTokenStream(IAsyncEnumerator<ChatResponseUpdate> enumerator, List<ChatResponseUpdate> buffered)
    {
        this.enumerator = enumerator;
        Buffered = buffered;
    }

    public IReadOnlyList<ChatResponseUpdate> Buffered { get; }

    public ChatResponseUpdate Current => enumerator.Current;

    public static async Task<(FirstTokenStream? Stream, ProviderCallException? Failure)> TryOpenAsync(
        ProviderEndpoint endpoint, IReadOnlyCollection<ChatMessage> messages, ChatOptions options, CancellationToken cancellationToken)
    {
        var enumerator = endpoint.Client.GetStreamingResponseAsync(messages, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var buffered = new List<ChatResponseUpdate>();
        try
        {
            while (await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                buffered.Add(enumerator.Current);
                if (!string.IsNullOrEmpty(enumerator.Current.Text))
                {
                    return (new FirstTokenStream(enumerator, buffered), null);
                }
            }

            await enumerator.DisposeAsync().ConfigureAwait(false);
            return (null, new ProviderCallException(endpoint.Name, ProviderFaultKind.Malformed, "stream ended without any text"));
        }
        catch (ProviderCallException fault) when (!cancellationToken.IsCancellationRequested)
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
            return (null, fault);
        }
    }

    public ValueTask<bool> MoveNextAsync() => enumerator.MoveNextAsync();

    public ValueTask DisposeAsync() => enumerator.DisposeAsync();
}
