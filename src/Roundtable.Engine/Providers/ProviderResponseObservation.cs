using System.Net;

namespace Roundtable.Engine.Providers;

/// <summary>
/// What the HTTP layer saw of the last response in one provider call: the status code and any
/// Retry-After. SDK exceptions do not all carry headers, so the chat-client middleware opens an
/// observation around each attempt and <see cref="ProviderResponseObserverHandler"/> fills it in.
/// </summary>
public sealed class ProviderResponseObservation
{
    private static readonly AsyncLocal<ProviderResponseObservation?> CurrentSlot = new();

    public HttpStatusCode? StatusCode { get; set; }

    public TimeSpan? RetryAfter { get; set; }

    internal static ProviderResponseObservation? Current => CurrentSlot.Value;

    /// <summary>Starts observing the HTTP responses made by the calling flow until disposed.</summary>
    public static Scope Begin(out ProviderResponseObservation observation)
    {
        observation = new ProviderResponseObservation();
        var previous = CurrentSlot.Value;
        CurrentSlot.Value = observation;
        return new Scope(previous);
    }

    public readonly struct Scope(ProviderResponseObservation? previous) : IDisposable
    {
        public void Dispose() => CurrentSlot.Value = previous;
    }
}
