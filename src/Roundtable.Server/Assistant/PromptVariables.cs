using System.Text.Json;
using Roundtable.Engine.Prompts.Templates;

namespace Roundtable.Server.Assistant;

/// <summary>Values for a conversation's template: defaults for the built-in one, then the caller's.</summary>
public static class PromptVariables
{
    private static readonly Dictionary<string, string> AssistantDefaults = new(StringComparer.Ordinal)
    {
        ["assistant_name"] = "Assistant",
        ["instructions"] = "Help the user with their questions.",
    };

    public static Dictionary<string, string> For(string promptName, IReadOnlyDictionary<string, string>? given)
    {
        var values = promptName == BuiltInPromptTemplates.AssistantDefault
            ? new Dictionary<string, string>(AssistantDefaults, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in given ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        return values;
    }

    public static string Serialize(Dictionary<string, string> values) => JsonSerializer.Serialize(values);

    public static Dictionary<string, string?> Deserialize(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
}
