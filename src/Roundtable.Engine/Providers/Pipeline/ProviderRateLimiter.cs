namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>
/// Requests-per-minute and tokens-per-minute budgets for one provider, refilled continuously on the
/// injected <see cref="TimeProvider"/>, so tests can move time.
/// </summary>
public sealed class ProviderRateLimiter : IAsyncDisposable
{
    private readonly MinuteBudget? requests;
    private readonly MinuteBudget? tokens;

    public ProviderRateLimiter(int requestsPerMinute, int tokensPerMinute, TimeProvider timeProvider)
    {
        requests = requestsPerMinute > 0 ? new MinuteBudget(requestsPerMinute, timeProvider) : null;
        tokens = tokensPerMinute > 0 ? new MinuteBudget(tokensPerMinute, timeProvider) : null;
    }

    public bool IsLimited => requests is not null || tokens is not null;

    /// <summary>
    /// Waits for one request and <paramref name="tokenEstimate"/> tokens. Returns false when the
    /// wait was cancelled (by the caller or by the provider's timeout).
    /// </summary>
    public async Task<bool> TryAcquireAsync(int tokenEstimate, CancellationToken cancellationToken)
    {
        try
        {
            if (requests is not null)
            {
                await requests.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            }

            if (tokens is not null)
            {
                await tokens.AcquireAsync(tokenEstimate, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (requests is not null)
        {
            await requests.DisposeAsync().ConfigureAwait(false);
        }

        if (tokens is not null)
        {
            await tokens.DisposeAsync().ConfigureAwait(false);
        }
    }
}
