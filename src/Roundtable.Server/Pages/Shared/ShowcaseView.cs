using Roundtable.Engine.Agents;
using Roundtable.Server.Data;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Pages.Shared;

/// <summary>A business's public page: its profile, the live widget, the agents and its recent conversations.</summary>
public sealed record ShowcaseView(LiveWidgetModel Widget, IReadOnlyList<ArchiveListItem> Recent)
{
    public Business Business => Widget.Business;

    public static IReadOnlyList<AgentDefinition> Agents => ShowcaseAgents.Default;

    /// <summary>"OpenAI, Anthropic, Perplexity and Gemini": each agent's first-choice provider.</summary>
    public static string Providers
    {
        get
        {
            var names = Agents.Select(a => a.ProviderChain[0]).Distinct().ToList();
            return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
        }
    }

    public string Summary
    {
        get
        {
            var where = string.IsNullOrWhiteSpace(Business.Location) ? "" : $" in {Business.Location}";
            var what = string.IsNullOrWhiteSpace(Business.Industry) ? "business" : $"{Business.Industry.ToLowerInvariant()} business";
            return $"{Agents.Count} AI agents backed by {Providers} discuss {Business.Name}, a {what}{where}, live: one message at a time.";
        }
    }

    public static async Task<ShowcaseView> LoadAsync(RoundtableDbContext db, ShowcaseStateStore states, TimeProvider timeProvider,
        Business business, CancellationToken cancellationToken)
    {
        var widget = await LiveWidgetModel.LoadAsync(db, states, timeProvider.GetUtcNow(), business, cancellationToken);
        var recent = await ArchiveListing.PageAsync(db, business.Id, 0, 3, cancellationToken);
        return new ShowcaseView(widget, recent);
    }
}
