using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>Builds the Polly retry and circuit-breaker pipeline for one provider.</summary>
internal static class ProviderResiliencePipeline
{
    public static ResiliencePipeline Build(ProviderSettings settings, TimeProvider timeProvider, CircuitBreakerStateProvider circuitState)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider, Name = settings.Name };
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(RetryOptions(settings));
        }

        return builder.AddCircuitBreaker(CircuitOptions(settings, circuitState)).Build();
    }

    private static RetryStrategyOptions RetryOptions(ProviderSettings settings) => new()
    {
        MaxRetryAttempts = settings.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = settings.RetryBaseDelay,
        ShouldHandle = new PredicateBuilder().Handle<ProviderCallException>(fault =>
            fault.IsRetryable && (fault.RetryAfter is null || fault.RetryAfter <= settings.MaxRetryAfter)),
        // The provider's own Retry-After wins over our backoff.
        DelayGenerator = arguments => ValueTask.FromResult(
            arguments.Outcome.Exception is ProviderCallException { RetryAfter: { } retryAfter } ? (TimeSpan?)retryAfter : null),
    };

    private static CircuitBreakerStrategyOptions CircuitOptions(ProviderSettings settings, CircuitBreakerStateProvider circuitState) => new()
    {
        FailureRatio = settings.CircuitFailureRatio,
        MinimumThroughput = Math.Max(2, settings.CircuitMinimumThroughput),
        SamplingDuration = settings.CircuitSamplingDuration,
        BreakDuration = settings.CircuitBreakDuration,
        StateProvider = circuitState,
        // A request the provider rejects as invalid says nothing about the provider's health.
        ShouldHandle = new PredicateBuilder().Handle<ProviderCallException>(fault => fault.Kind is not ProviderFaultKind.Rejected),
    };
}
