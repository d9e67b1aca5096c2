using System.ClientModel;
using System.Net;
using System.Text.Json;
using Anthropic.Exceptions;

namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>Maps what the SDKs throw onto <see cref="ProviderCallException"/>.</summary>
internal static class ProviderFaultClassifier
{
    public static ProviderCallException Classify(string provider, Exception exception, ProviderResponseObservation observation)
    {
        if (exception is ProviderCallException already)
        {
            return already;
        }

        var status = StatusOf(exception) ?? FailedStatus(observation);
        if (status is { } code)
        {
            return new ProviderCallException(provider, KindOf(code), $"HTTP {(int)code}", exception, code, observation.RetryAfter);
        }

        return exception switch
        {
            JsonException or AnthropicInvalidDataException or FormatException or InvalidOperationException
                => new ProviderCallException(provider, ProviderFaultKind.Malformed, "malformed response", exception),
            HttpRequestException or IOException or AnthropicIOException or TimeoutException
                => new ProviderCallException(provider, ProviderFaultKind.Transient, "network error", exception),
            AnthropicSseException
                => new ProviderCallException(provider, ProviderFaultKind.Transient, "error event in stream", exception),
            _ => new ProviderCallException(provider, ProviderFaultKind.Malformed, $"unexpected {exception.GetType().Name}", exception),
        };
    }

    private static HttpStatusCode? FailedStatus(ProviderResponseObservation observation) =>
        observation.StatusCode is { } code && (int)code >= 400 ? code : null;

    private static HttpStatusCode? StatusOf(Exception exception) => exception switch
    {
        ClientResultException { Status: > 0 } openAi => (HttpStatusCode)openAi.Status,
        AnthropicApiException anthropic => anthropic.StatusCode,
        HttpRequestException { StatusCode: { } code } => code,
        _ => null,
    };

    private static ProviderFaultKind KindOf(HttpStatusCode code) => (int)code switch
    {
        429 => ProviderFaultKind.RateLimited,
        408 or >= 500 => ProviderFaultKind.Transient,
        _ => ProviderFaultKind.Rejected,
    };
}
