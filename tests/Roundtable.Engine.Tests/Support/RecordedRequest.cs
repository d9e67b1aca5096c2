using System.Text.Json;

namespace Roundtable.Engine.Tests.Support;

/// <summary>One request as <see cref="LoopbackProviderServer"/> received it.</summary>
public sealed class RecordedRequest
{
    public required int Number { get; init; }

    public required string Method { get; init; }

    /// <summary>The path without query string, e.g. <c>/v1/chat/completions</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Request headers; names are case-insensitive, repeated values are joined with ", ".</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required string Body { get; init; }

    /// <summary>The body parsed as JSON, or null when it is not JSON.</summary>
    public JsonDocument? Json { get; init; }

    /// <summary>Every message text (system, messages' content and text parts), joined by newlines.</summary>
    public required string MessageText { get; init; }

    public string? Model => StringOf("model");

    public bool IsStreaming => Json?.RootElement is { ValueKind: JsonValueKind.Object } root
        && root.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True;

    /// <summary>The <c>messages</c> array of the body (empty when absent).</summary>
    public IReadOnlyList<JsonElement> Messages =>
        Json?.RootElement is { ValueKind: JsonValueKind.Object } root
        && root.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array
            ? messages.EnumerateArray().ToList()
            : [];

    public string? Header(string name) => Headers.GetValueOrDefault(name);

    private string? StringOf(string property) =>
        Json?.RootElement is { ValueKind: JsonValueKind.Object } root
        && root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
