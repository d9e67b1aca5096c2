using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Tests.Support;

/// <summary>HttpClients built the way the provider registry builds them: observed, and without a timeout of their own.</summary>
public static class ProviderHttpClients
{
    public static HttpClient CreateObserved(TimeProvider? timeProvider = null) =>
        new(new ProviderResponseObserverHandler(timeProvider ?? TimeProvider.System) { InnerHandler = new SocketsHttpHandler() })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
}
