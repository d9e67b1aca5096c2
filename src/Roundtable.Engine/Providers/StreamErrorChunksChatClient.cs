using System.ClientModel.Primitives;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Roundtable.Engine.Providers.Pipeline;
using StreamingChatCompletionUpdate = OpenAI.Chat.StreamingChatCompletionUpdate;

namespace Roundtable.Engine.Providers;

/// <summary>
/// Turns an <c>{"error":{…}}</c> chunk that an OpenAI-compatible server sends inside a 200 stream (vLLM,
/// OpenRouter and LiteLLM do this when generation fails part-way) into a <see cref="ProviderCallException"/>.
/// The OpenAI SDK skips such chunks, so without this a failed stream would look like a short, successful answer.
/// </summary>
/// <remarks>
/// A non-streaming 200 whose body is only an error already fails inside the OpenAI adapter (it has no choices).
/// </remarks>
public sealed class StreamErrorChunksChatClient(IChatClient innerClient, string provider) : DelegatingChatClient(innerClient)
{
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
        {
            ThrowIfError(update.RawRepresentation);
            yield return update;
        }
    }

    private void ThrowIfError(object? rawRepresentation)
    {
        if (ErrorOf(rawRepresentation) is not { } error)
        {
            return;
        }

        var message = error.ValueKind == JsonValueKind.Object
            && error.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()
            : error.ToString();
        var status = StatusOf(error);
        var kind = status switch
        {
            429 => ProviderFaultKind.RateLimited,
            408 or >= 500 => ProviderFaultKind.Transient,
            >= 400 => ProviderFaultKind.Rejected,
            _ => ProviderFaultKind.Transient,
        };
        throw new ProviderCallException(provider, kind, $"error in response: {message}",
            statusCode: status is >= 400 and <= 599 ? (HttpStatusCode)status : null);
    }

#pragma warning disable SCME0001 // JsonPatch is how the OpenAI SDK exposes unknown properties; it is experimental.
    private static JsonElement? ErrorOf(object? rawRepresentation) =>
        rawRepresentation is StreamingChatCompletionUpdate update ? ErrorOf(ref update.Patch) : null;

    private static JsonElement? ErrorOf(ref JsonPatch patch)
    {
        if (!patch.TryGetJson("$.error"u8, out var json) || json.IsEmpty)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind is JsonValueKind.Null ? null : document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
#pragma warning restore SCME0001

    // OpenAI-compatible servers put the HTTP-like status in "code" (a number) or "status"; OpenAI's own codes are strings.
    private static int StatusOf(JsonElement error)
    {
        if (error.ValueKind != JsonValueKind.Object)
        {
            return 0;
        }

        foreach (var name in (ReadOnlySpan<string>)["code", "status"])
        {
            if (error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var code))
            {
                return code;
            }
        }

        return 0;
    }
}
