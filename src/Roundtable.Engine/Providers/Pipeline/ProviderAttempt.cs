namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>
/// One attempt at one provider: its timeout (on the injected clock), the caller's cancellation,
/// and the observation of the HTTP response, so a failure can be classified precisely.
/// </summary>
internal sealed class ProviderAttempt : IDisposable
{
    private readonly string provider;
    private readonly CancellationToken callerToken;
    private readonly CancellationTokenSource timeout;
    private readonly CancellationTokenSource linked;
    private readonly ProviderResponseObservation.Scope observationScope;
    private readonly ProviderResponseObservation observation;
    private readonly TimeSpan timeoutAfter;

    private ProviderAttempt(ProviderSettings settings, TimeProvider timeProvider, CancellationToken callerToken)
    {
        provider = settings.Name;
        this.callerToken = callerToken;
        timeoutAfter = settings.Timeout;
        timeout = new CancellationTokenSource(settings.Timeout, timeProvider);
        linked = CancellationTokenSource.CreateLinkedTokenSource(callerToken, timeout.Token);
        observationScope = ProviderResponseObservation.Begin(out observation);
    }

    public CancellationToken Token => linked.Token;

    public static ProviderAttempt Start(ProviderSettings settings, TimeProvider timeProvider, CancellationToken callerToken) =>
        new(settings, timeProvider, callerToken);

    /// <summary>The first token arrived: from here on only the caller may cancel.</summary>
    public void DisarmTimeout() => timeout.CancelAfter(Timeout.InfiniteTimeSpan);

    /// <summary>Stops attributing HTTP responses to this attempt (the stream itself goes on).</summary>
    public void EndObservation() => observationScope.Dispose();

    public Exception Classify(Exception exception)
    {
        if (exception is OperationCanceledException && callerToken.IsCancellationRequested)
        {
            return exception;
        }

        if (exception is OperationCanceledException && timeout.IsCancellationRequested)
        {
            return new ProviderCallException(provider, ProviderFaultKind.Timeout, $"no answer within {timeoutAfter.TotalSeconds:0.###} s", exception);
        }

        return ProviderFaultClassifier.Classify(provider, exception, observation);
    }

    public void Dispose()
    {
        observationScope.Dispose();
        linked.Dispose();
        timeout.Dispose();
    }
}
