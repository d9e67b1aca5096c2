using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Roundtable.Server.Conversations;
using Roundtable.Server.Pages.Shared;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Pages.Conversations;

/// <summary>
/// schema.org structured data for an archived conversation: a <c>DiscussionForumPosting</c> whose text is
/// the first message and whose <c>comment</c>s are the replies, each credited to its agent and producer.
/// </summary>
public static class ConversationJsonLd
{
    // The default encoder escapes <, >, & and quotes, so no message can close the script element it sits in.
    private static readonly JsonSerializerOptions ScriptSafe = new() { Encoder = JavaScriptEncoder.Default };

    public static string Build(Conversation conversation, Business business, IReadOnlyList<MessageCardModel> messages, string url)
    {
        var first = messages.Count > 0 ? messages[0] : null;
        var posting = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "DiscussionForumPosting",
            ["@id"] = url,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["headline"] = conversation.Topic ?? "AI roundtable",
            ["datePublished"] = Iso(first?.Timestamp ?? conversation.CreatedAt),
            ["dateModified"] = Iso(conversation.CompletedAt ?? conversation.CreatedAt),
            ["inLanguage"] = "en",
            ["about"] = About(business),
            ["interactionStatistic"] = new JsonObject
            {
                ["@type"] = "InteractionCounter",
                ["interactionType"] = "https://schema.org/CommentAction",
                ["userInteractionCount"] = Math.Max(0, messages.Count - 1),
            },
        };
        if (first is not null)
        {
            posting["author"] = Author(first);
            posting["text"] = first.Content;
        }

        posting["comment"] = new JsonArray(messages.Skip(1).Select(m => (JsonNode)new JsonObject
        {
            ["@type"] = "Comment",
            ["position"] = m.MessageNumber,
            ["author"] = Author(m),
            ["datePublished"] = Iso(m.Timestamp ?? conversation.CreatedAt),
            ["text"] = m.Content,
        }).ToArray());
        return posting.ToJsonString(ScriptSafe);
    }

    private static JsonObject Author(MessageCardModel message) => new()
    {
        ["@type"] = "Person",
        ["name"] = message.AgentName,
        ["description"] = message.IsOffline
            ? $"AI agent; this message was written by Roundtable's offline model ({message.Model})"
            : $"AI agent; this message was written by {message.Provider} {message.Model}",
    };

    private static JsonObject About(Business business)
    {
        var about = new JsonObject { ["@type"] = "Organization", ["name"] = business.Name };
        if (!string.IsNullOrWhiteSpace(business.Website))
        {
            about["url"] = business.Website.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? business.Website : $"https://{business.Website}";
        }

        if (!string.IsNullOrWhiteSpace(business.Description))
        {
            about["description"] = business.Description;
        }

        return about;
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
