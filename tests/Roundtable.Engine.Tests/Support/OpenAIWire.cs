using System.Text.Json.Nodes;

namespace Roundtable.Engine.Tests.Support;

/// <summary>
/// OpenAI chat completions: <c>chat.completion</c> JSON, <c>chat.completion.chunk</c> SSE ending in
/// <c>data: [DONE]</c>, the usage chunk when <c>stream_options.include_usage</c> asks for it, and
/// <c>{"error":{…}}</c> bodies — or Google's <c>[{"error":{code,message,status}}]</c> on the Gemini path.
/// </summary>
internal sealed class OpenAIWire(bool googleErrors) : IProviderWire
{
    private const long Created = 1_700_000_000;

    public static OpenAIWire OpenAI { get; } = new(googleErrors: false);

    public static OpenAIWire Gemini { get; } = new(googleErrors: true);

    public SseEvent MalformedEvent { get; } = new(null, """{"id":"chatcmpl-broken","object":"chat.completion.chunk","choices":[{"delta":{"content":""");

    public string ErrorBody(int statusCode, int requestNumber)
    {
        if (googleErrors)
        {
            var error = new JsonObject { ["code"] = statusCode, ["message"] = GoogleMessage(statusCode), ["status"] = GoogleStatus(statusCode) };
            return new JsonArray(new JsonObject { ["error"] = error }).ToJsonString();
        }

        return new JsonObject { ["error"] = OpenAIError(statusCode) }.ToJsonString();
    }

    public string Completion(ReplyPlan reply)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = reply.Text, ["refusal"] = null, ["annotations"] = new JsonArray() };
        var body = Envelope(reply, "chat.completion");
        body["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = message,
            ["logprobs"] = null,
            ["finish_reason"] = "stop",
        });
        body["usage"] = Usage(reply);
        if (reply.IncludeCitations)
        {
            LoopbackCitations.AddTo(body);
        }

        return body.ToJsonString();
    }

    public IReadOnlyList<SseEvent> Stream(ReplyPlan reply)
    {
        var events = new List<SseEvent> { new(null, Chunk(reply, new JsonObject { ["role"] = "assistant", ["content"] = "" }, null)) };
        events.AddRange(reply.Deltas.Select(delta => new SseEvent(null, Chunk(reply, new JsonObject { ["content"] = delta }, null), CarriesToken: true)));
        events.Add(new(null, Chunk(reply, new JsonObject(), "stop")));
        if (reply.IncludeUsageChunk)
        {
            var usageChunk = Envelope(reply, "chat.completion.chunk");
            usageChunk["choices"] = new JsonArray();
            usageChunk["usage"] = Usage(reply);
            events.Add(new(null, usageChunk.ToJsonString()));
        }

        events.Add(new(null, "[DONE]"));
        return events;
    }

    public SseEvent ErrorEvent(int requestNumber) =>
        new(null, new JsonObject { ["error"] = OpenAIError(500) }.ToJsonString());

    private static string Chunk(ReplyPlan reply, JsonObject delta, string? finishReason)
    {
        var chunk = Envelope(reply, "chat.completion.chunk");
        chunk["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["delta"] = delta,
            ["logprobs"] = null,
            ["finish_reason"] = finishReason,
        });
        if (reply.IncludeCitations)
        {
            // Perplexity repeats its sources in every chunk.
            LoopbackCitations.AddTo(chunk);
        }

        return chunk.ToJsonString();
    }

    private static JsonObject Envelope(ReplyPlan reply, string objectType) => new()
    {
        ["id"] = $"chatcmpl-loopback-{reply.RequestNumber}",
        ["object"] = objectType,
        ["created"] = Created,
        ["model"] = reply.Model,
        ["system_fingerprint"] = "fp_loopback",
    };

    private static JsonObject Usage(ReplyPlan reply) => new()
    {
        ["prompt_tokens"] = reply.InputTokens,
        ["completion_tokens"] = reply.OutputTokens,
        ["total_tokens"] = reply.InputTokens + reply.OutputTokens,
    };

    private static JsonObject OpenAIError(int statusCode)
    {
        var (message, type, code) = statusCode switch
        {
            400 => ("Invalid request.", "invalid_request_error", null),
            401 => ("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"),
            403 => ("You are not allowed to sample from this model.", "invalid_request_error", null),
            404 => ("The model does not exist or you do not have access to it.", "invalid_request_error", "model_not_found"),
            429 => ("Rate limit reached for requests. Please try again later.", "requests", "rate_limit_exceeded"),
            503 => ("The engine is currently overloaded, please try again later.", "server_error", null),
            _ => ("The server had an error while processing your request. Sorry about that!", "server_error", (string?)null),
        };
        return new JsonObject { ["message"] = message, ["type"] = type, ["param"] = null, ["code"] = code };
    }

    private static string GoogleStatus(int statusCode) => statusCode switch
    {
        400 => "INVALID_ARGUMENT",
        401 => "UNAUTHENTICATED",
        403 => "PERMISSION_DENIED",
        404 => "NOT_FOUND",
        429 => "RESOURCE_EXHAUSTED",
        503 => "UNAVAILABLE",
        504 => "DEADLINE_EXCEEDED",
        _ => "INTERNAL",
    };

    private static string GoogleMessage(int statusCode) => statusCode switch
    {
        429 => "Resource has been exhausted (e.g. check quota).",
        503 => "The model is overloaded. Please try again later.",
        _ => "An internal error has occurred.",
    };
}
