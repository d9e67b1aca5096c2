using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Tests.Providers.Wire;

/// <summary>The conversation the wire tests send, and readers for what arrived.</summary>
internal static class WireConversation
{
    public const string System = "You are the SEO specialist of a roofing company.";

    public static List<ChatMessage> Create() =>
    [
        new(ChatRole.System, System),
        new(ChatRole.User, "What should we fix first on the website?") { AuthorName = "Dana" },
        new(ChatRole.Assistant, "The page titles, then the service-area pages."),
        new(ChatRole.User, "And after that?"),
    ];

    /// <summary>A message's text whether content is a string or an array of text parts/blocks.</summary>
    public static string TextOf(JsonElement content) => content.ValueKind switch
    {
        JsonValueKind.String => content.GetString()!,
        JsonValueKind.Array => string.Concat(content.EnumerateArray()
            .Where(part => part.TryGetProperty("type", out var type) && type.GetString() == "text")
            .Select(part => part.GetProperty("text").GetString())),
        _ => throw new InvalidOperationException($"Unexpected content {content}"),
    };

    public static string RoleOf(JsonElement message) => message.GetProperty("role").GetString()!;

    public static string ContentOf(JsonElement message) => TextOf(message.GetProperty("content"));
}
