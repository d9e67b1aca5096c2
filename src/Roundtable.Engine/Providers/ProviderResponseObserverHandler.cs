namespace Roundtable.Engine.Providers;

/// <summary>
/// Records status code and Retry-After of each provider response into the current
/// <see cref="ProviderResponseObservation"/>, so retries can honour what the provider asked for.
/// </summary>
public sealed class ProviderResponseObserverHandler(TimeProvider timeProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (ProviderResponseObservation.Current is { } observation)
        {
            observation.StatusCode = response.StatusCode;
            observation.RetryAfter = ReadRetryAfter(response);
        }

        return response;
    }

    private TimeSpan? ReadRetryAfter(HttpResponseMessage response)
    {
        // OpenAI also sends retry-after-ms, which is more precise when present.
        if (response.Headers.TryGetValues("retry-after-ms", out var values)
            && double.TryParse(values.FirstOrDefault(), System.Globalization.CultureInfo.InvariantCulture, out var ms))
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
