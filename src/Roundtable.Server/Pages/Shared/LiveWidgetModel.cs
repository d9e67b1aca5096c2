using System.Text.Json;
using Microsoft.EntityFrameworkCore;
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
        var conversation = await db.Conversations.AsNoTracking()
            .Where(c => c.BusinessId == business.Id)
            .OrderByDescending(c => c.CycleIndex)
            .FirstOrDefaultAsync(cancellationToken);
        var messages = conversation is null
            ? []
            : await db.ConversationMessages.AsNoTracking()
                .Where(m => m.ConversationId == conversation.Id && m.PublishedAt != null)
                .OrderBy(m => m.MessageNumber)
                .ToListAsync(cancellationToken);

        // The stored state carries the time it was computed; the page tells the widget the time it was rendered.
        var state = (states.Get(business.Id) ?? ShowcaseStateDefaults.Unscheduled(business, now)) with { ServerTime = now };
        return new LiveWidgetModel(
            business,
            state,
            conversation?.Id,
            state.Topic ?? conversation?.Topic,
            conversation?.Status == ConversationStatus.Completed,
            messages.Select(MessageCardModel.From).ToList());
    }
}
