using System.Text.Json;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Pages.Shared;

/// <summary>
/// What the live widget shows when the page is rendered: the business, its current state and its
/// latest conversation's published messages, so a visitor arriving mid-conversation sees what has been said.
/// </summary>
public sealed record LiveWidgetModel(
    Business Business,
    ShowcaseState State,
    int? ConversationId,
    string? Topic,
    bool ConversationCompleted,
    IReadOnlyList<MessageCardModel> Messages)
{
    private static readonly JsonSerializerOptions WireJson = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>The state in the <c>state_update</c> wire format, for the widget's <c>data-initial-state</c>.</summary>
    public string StateJson => JsonSerializer.Serialize(State, WireJson);

    public static async Task<LiveWidgetModel> LoadAsync(RoundtableDbContext db, ShowcaseStateStore states, DateTimeOffset now,
        Business business, CancellationToken cancellationToken)
    {
        var (conversation, messages) = await LatestConversation.LoadAsync(db, business.Id, cancellationToken);
        var state = states.Current(business, now);
        return new LiveWidgetModel(
            business,
            state,
            conversation?.Id,
            state.Topic ?? conversation?.Topic,
            conversation?.Status == ConversationStatus.Completed,
            messages.Select(MessageCardModel.From).ToList());
    }
}
