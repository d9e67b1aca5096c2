using System.Text.Json;

namespace Roundtable.Engine.Tests.Support;

/// <summary>Collects the message text of an OpenAI or Anthropic request body: <c>system</c> and every message's content.</summary>
internal static class RequestText
{
    public static string Of(JsonElement root)
    {
        var texts = new List<string>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return string.Empty;
        }

        if (root.TryGetProperty("system", out var system))
        {
            Collect(system, texts);
        }

        if (root.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array)
        {
            foreach (var message in messages.EnumerateArray())
            {
                if (message.ValueKind == JsonValueKind.Object && message.TryGetProperty("content", out var content))
                {
                    Collect(content, texts);
                }
            }
        }

        return string.Join('\n', texts);
    }

    // Content is a string, an array of parts/blocks, or a block with "text" (or nested "content", as tool results have).
    private static void Collect(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                texts.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, texts);
                }

                break;
            case JsonValueKind.Object when element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String:
                texts.Add(text.GetString()!);
                break;
            case JsonValueKind.Object when element.TryGetProperty("content", out var content):
                Collect(content, texts);
                break;
        }
    }
}
