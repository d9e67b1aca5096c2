using System.Text;
using System.Text.Json;

namespace Roundtable.Server.Assistant;

/// <summary>Input checks that add their failures to a validation-problem dictionary (snake_case field names).</summary>
public static class Require
{
    public static void Text(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"'{field}' is required."];
        }
        else if (value.Length > maxLength)
        {
            errors[field] = [$"'{field}' has at most {maxLength} characters."];
        }
    }

    public static void Optional(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        if (value is not null && (value.Length > maxLength || string.IsNullOrWhiteSpace(value)))
        {
            errors[field] = [$"'{field}', when given, is 1 to {maxLength} characters and not blank."];
        }
    }

    public static void Range(Dictionary<string, string[]> errors, string field, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors[field] = [$"'{field}' is between {min} and {max}."];
        }
    }

    public static void Range(Dictionary<string, string[]> errors, string field, float? value, float min, float max)
    {
        if (value is { } v && (float.IsNaN(v) || v < min || v > max))
        {
            errors[field] = [$"'{field}' is between {min} and {max}."];
        }
    }

    /// <summary>The metadata's stored text, or null (with an error) when it is not a small JSON object.</summary>
    public static string? Metadata(Dictionary<string, string[]> errors, JsonElement? value)
    {
        var text = JsonText.ObjectText(value);
        if (text is null)
        {
            errors["metadata"] = ["'metadata' is a JSON object."];
        }
        else if (Encoding.UTF8.GetByteCount(text) > AssistantLimits.MaxMetadataBytes)
        {
            errors["metadata"] = [$"'metadata' is at most {AssistantLimits.MaxMetadataBytes} bytes of JSON."];
            return null;
        }

        return text;
    }
}
