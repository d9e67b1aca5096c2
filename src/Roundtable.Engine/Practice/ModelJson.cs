using System.Text.Json;

namespace Roundtable.Engine.Practice;

/// <summary>
/// Reads the JSON object a model returned for structured output. Models asked for a schema still
/// sometimes wrap the object in a Markdown fence or a sentence, so the outermost braces are taken.
/// </summary>
internal static class ModelJson
{
    public static JsonElement? Object(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text.AsMemory(start, end - start + 1));
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? String(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static IReadOnlyList<JsonElement>? Array(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : null;

    /// <summary>A JSON schema from its JSON text, for <c>ChatResponseFormat.ForJsonSchema</c>.</summary>
    public static JsonElement Schema(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
