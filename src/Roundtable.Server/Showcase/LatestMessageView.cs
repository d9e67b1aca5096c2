using System.Text.Json.Serialization;
using Roundtable.Server.Conversations;

namespace Roundtable.Server.Showcase;

/// <summary>A message in <c>live-conversation-latest</c>; seed 000 names two of its fields in camel case.</summary>
public sealed record LatestMessageView(
    long Id,
    string AgentName,
    string AgentType,
    string Content,
    [property: JsonPropertyName("messageNumber")] int MessageNumber,
    [property: JsonPropertyName("round")] int Round,
    DateTimeOffset Timestamp,
    string Provider,
    string Model,
    bool IsOffline,
    string AgentColor)
{
    public static LatestMessageView From(ConversationMessage message)
    {
        var view = ShowcaseMessageView.From(message);
        return new LatestMessageView(view.Id, view.AgentName, view.AgentType, view.Content, view.MessageNumber, view.RoundNumber,
            view.Timestamp, view.Provider, view.Model, view.IsOffline, view.AgentColor);
    }
}
