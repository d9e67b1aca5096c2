using System.Text.Json;

namespace Roundtable.Server.Assistant;

/// <summary>Stored JSON columns back to elements, and request objects to stored text.</summary>
public static class JsonText
{
    public const string EmptyObject = "{}";

    public static JsonElement Parse(string? json)
    {
        using var document = JsonDocument.Parse(string.IsNullOrEmpty(json) ? EmptyObject : json);
        return document.RootElement.Clone();
    }

    /// <summary>The object's compact text, or "{}" when absent; null when it is not an object.</summary>
    public static string? ObjectText(JsonElement? value) => value switch
    {
        null => EmptyObject,
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => EmptyObject,
        { ValueKind: JsonValueKind.Object } element => JsonSerializer.Serialize(element),
        _ => null,
    };
}
