namespace Roundtable.Engine.Providers;

/// <summary>The state of a provider's circuit breaker.</summary>
public enum CircuitStatus
{
    Closed,
    Open,
    HalfOpen,
    Isolated,
}
