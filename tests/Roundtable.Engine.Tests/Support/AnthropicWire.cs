using System.Text.Json.Nodes;

namespace Roundtable.Engine.Tests.Support;

/// <summary>
/// Anthropic Messages: the <c>message</c> JSON, the named SSE events (message_start, content_block_start,
/// ping, content_block_delta with text_delta, content_block_stop, message_delta with usage, message_stop),
/// and <c>{"type":"error","error":{type,message}}</c> bodies and error events.
/// </summary>
internal sealed class AnthropicWire : IProviderWire
{
    public static AnthropicWire Instance { get; } = new();

    public SseEvent MalformedEvent { get; } = new("message_start", """{"type":"message_start","message":{"id":"msg_broken","content":[""");

    public string ErrorBody(int statusCode, int requestNumber) => new JsonObject
    {
        ["type"] = "error",
        ["error"] = Error(statusCode),
        ["request_id"] = $"req_loopback_{requestNumber}",
    }.ToJsonString();

    public string Completion(ReplyPlan reply)
    {
        var message = Message(reply, new JsonArray(new JsonObject { ["type"] = "text", ["text"] = reply.Text }), "end_turn");
        message["usage"] = new JsonObject { ["input_tokens"] = reply.InputTokens, ["output_tokens"] = reply.OutputTokens };
        return message.ToJsonString();
    }

    public IReadOnlyList<SseEvent> Stream(ReplyPlan reply)
    {
        var start = Message(reply, new JsonArray(), null);
        start["usage"] = new JsonObject { ["input_tokens"] = reply.InputTokens, ["output_tokens"] = 1 };
        var events = new List<SseEvent>
        {
            Event("message_start", new JsonObject { ["message"] = start }),
            Event("content_block_start", new JsonObject { ["index"] = 0, ["content_block"] = new JsonObject { ["type"] = "text", ["text"] = "" } }),
            Event("ping", []),
        };
        events.AddRange(reply.Deltas.Select(delta => Event(
            "content_block_delta",
            new JsonObject { ["index"] = 0, ["delta"] = new JsonObject { ["type"] = "text_delta", ["text"] = delta } },
            carriesToken: true)));
        events.Add(Event("content_block_stop", new JsonObject { ["index"] = 0 }));
        events.Add(Event("message_delta", new JsonObject
        {
            ["delta"] = new JsonObject { ["stop_reason"] = "end_turn", ["stop_sequence"] = null },
            ["usage"] = new JsonObject { ["output_tokens"] = reply.OutputTokens },
        }));
        events.Add(Event("message_stop", []));
        return events;
    }

    public SseEvent ErrorEvent(int requestNumber) => Event("error", new JsonObject { ["error"] = Error(529) });

    private static JsonObject Message(ReplyPlan reply, JsonArray content, string? stopReason) => new()
    {
        ["id"] = $"msg_loopback_{reply.RequestNumber}",
        ["type"] = "message",
        ["role"] = "assistant",
        ["model"] = reply.Model,
        ["content"] = content,
        ["stop_reason"] = stopReason,
        ["stop_sequence"] = null,
    };

    private static SseEvent Event(string name, JsonObject data, bool carriesToken = false)
    {
        var body = new JsonObject { ["type"] = name };
        foreach (var (key, value) in data.ToList())
        {
            data.Remove(key);
            body[key] = value;
        }

        return new SseEvent(name, body.ToJsonString(), carriesToken);
    }

    private static JsonObject Error(int statusCode)
    {
        var (type, message) = statusCode switch
        {
            400 => ("invalid_request_error", "Invalid request."),
            401 => ("authentication_error", "invalid x-api-key"),
            403 => ("permission_error", "Your API key does not have permission to use the specified resource."),
            404 => ("not_found_error", "The requested resource could not be found."),
            413 => ("request_too_large", "Request exceeds the maximum allowed number of bytes."),
            429 => ("rate_limit_error", "Number of requests has exceeded your rate limit."),
            504 => ("timeout_error", "Request timed out."),
            529 => ("overloaded_error", "Overloaded"),
            _ => ("api_error", "Internal server error"),
        };
        return new JsonObject { ["type"] = type, ["message"] = message };
    }
}
