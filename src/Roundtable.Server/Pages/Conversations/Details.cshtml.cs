using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;
using Roundtable.Server.Pages.Shared;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Pages.Conversations;

/// <summary>
/// <c>/conversations/{id}</c>: the archive page of a completed conversation, the whole transcript in the
/// HTML for readers and search engines. Unknown and still-running conversations render the 404 page.
/// </summary>
public sealed class DetailsModel(RoundtableDbContext db) : PageModel
{
    private const int DescriptionLength = 160;

    public Conversation? Conversation { get; private set; }

    public Business? Business { get; private set; }

    public IReadOnlyList<MessageCardModel> Messages { get; private set; } = [];

    public string Canonical { get; private set; } = "";

    public string JsonLd { get; private set; } = "";

    public string Title => $"{Conversation?.Topic ?? "AI roundtable"} — {Business?.Name}";

    public string Description
    {
        get
        {
            var text = $"{Messages.Count} messages from {Participants.Count()} AI agents discussing “{Conversation?.Topic}” for {Business?.Name}";
            text += string.IsNullOrWhiteSpace(Business?.Location) ? "." : $" ({Business.Location}).";
            if (Messages.Count > 0)
            {
                text += " " + Messages[0].Content.ReplaceLineEndings(" ");
            }

            return text.Length <= DescriptionLength ? text : text[..(DescriptionLength - 1)].TrimEnd() + "…";
        }
    }

    /// <summary>Who spoke and how often, in speaking order.</summary>
    public IEnumerable<(MessageCardModel First, int Count)> Participants => Messages
        .GroupBy(m => m.AgentName)
        .Select(g => (g.First(), g.Count()));

    public IEnumerable<string> Producers => Messages
        .Select(m => m.IsOffline ? "offline model" : m.Provider)
        .Distinct(StringComparer.OrdinalIgnoreCase);

    public async Task OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Conversation = await db.Conversations.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Id == id && c.Status == ConversationStatus.Completed, cancellationToken);
        Business = Conversation is null ? null
            : await db.Businesses.AsNoTracking().FirstOrDefaultAsync(b => b.Id == Conversation.BusinessId, cancellationToken);
        if (Conversation is null || Business is null)
        {
            Conversation = null;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var messages = await db.ConversationMessages.AsNoTracking()
            .Where(m => m.ConversationId == id && m.PublishedAt != null)
            .OrderBy(m => m.MessageNumber)
            .ToListAsync(cancellationToken);
        Messages = messages.Select(MessageCardModel.From).ToList();
        Canonical = $"{Request.Scheme}://{Request.Host}/conversations/{id}";
        JsonLd = ConversationJsonLd.Build(Conversation, Business, Messages, Canonical);
    }
}
