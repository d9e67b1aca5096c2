using System.Text.Json;
using Microsoft.Extensions.AI;
using Roundtable.Engine.Practice;
using Roundtable.Engine.Providers;

namespace Roundtable.Server.Practice.Research;

/// <summary>
/// Asks the analyst model to turn the parsed pages into a company profile (structured output),
/// then keeps only what the pages support (<see cref="SourceGrounding"/>), so a model cannot add facts.
/// </summary>
public sealed class CompanyProfileStructurer(IChatClient analyst)
{
    private const int MaxExcerptCharacters = 3_000;

    private const string Instructions =
        "You turn what a company's web pages state into a company profile for a salesperson. Use only facts " +
        "stated in the material given; leave a field null, or a list empty, when the pages do not state it. " +
        "Never guess revenue, head count, founding year or headquarters. The candidate profile was filled by " +
        "rules from the same pages: correct it and fill gaps only from the page text.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public async Task<StructuredProfile> StructureAsync(ResearchedSite site, CompanyProfile fromRules, CancellationToken cancellationToken)
    {
        List<ChatMessage> messages =
        [
            new(ChatRole.System, Instructions),
            new(ChatRole.User, JsonSerializer.Serialize(Material(site, fromRules), Json)),
        ];
        var response = await analyst.GetResponseAsync<CompanyProfile>(messages, new ChatOptions { Temperature = 0 }, cancellationToken: cancellationToken);
        var producer = MessageProducer.From(response);
        if (producer is null || producer.IsOffline || !response.TryGetResult(out var draft) || draft is null)
            return new StructuredProfile(null, producer);
        return new StructuredProfile(new SourceGrounding(site).Keep(draft, fromRules), producer);
    }

    private static object Material(ResearchedSite site, CompanyProfile fromRules) => new
    {
        url = site.Url,
        candidate = fromRules,
        pages = site.AllPages.Select(page => new
        {
            url = page.Url,
            page.Title,
            page.Description,
            page.Organization,
            page.JobTitles,
            page.Headlines,
            page.TechHints,
            text = page.Text.Length <= MaxExcerptCharacters ? page.Text : page.Text[..MaxExcerptCharacters],
        }),
    };
}
