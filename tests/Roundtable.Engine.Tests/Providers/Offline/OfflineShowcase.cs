using Microsoft.Extensions.AI;
using Roundtable.Engine.Agents;
using Roundtable.Engine.Conversations;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Prompts.Templates;
using Roundtable.Engine.Providers.Offline;

namespace Roundtable.Engine.Tests.Providers.Offline;

/// <summary>
/// Runs a full Showcase roundtable through the offline model the way the engine does: the real
/// prompt builder and the four default agents, each message fed back as the next agent's history.
/// </summary>
internal static class OfflineShowcase
{
    public static BusinessProfile PerfectRoofing { get; } = new()
    {
        Name = "Perfect Roofing Team",
        Industry = "Roofing",
        Location = "Lodi, New Jersey",
        Website = "https://perfectroofingteam.example",
        Description = "Family-owned roofing contractor serving Lodi and nearby Bergen County towns with repairs, replacements and storm restoration.",
    };

    public static IReadOnlyList<KnowledgeSnippet> RoofingKnowledge { get; } =
    [
        new("kb-1", "Storm response policy", "Perfect Roofing Team offers emergency tarping within 24 hours of a storm call. Every storm inspection includes a photo report that homeowners can share with their insurer."),
        new("kb-2", "Warranty terms", "All roof replacements carry a 10-year workmanship warranty. Repairs are guaranteed for two years."),
    ];

    public static ConversationSetting StormSetting(long seed = 42) => new()
    {
        Topic = "Storm Damage Restoration and Insurance Claims",
        Business = PerfectRoofing,
        Knowledge = RoofingKnowledge,
        TotalMessages = 16,
        MinWords = 150,
        MaxWords = 200,
        Seed = seed,
    };

    public static async Task<IReadOnlyList<ConversationTurn>> RunAsync(ConversationSetting setting, IChatClient? client = null)
    {
        using var owned = client is null ? new OfflineChatClient() : null;
        var model = client ?? owned!;
        var builder = new PromptBuilder(BuiltInPromptTemplates.CreateStore());
        var agents = ShowcaseAgents.Default;
        var history = new List<ConversationTurn>();
        for (var number = 1; number <= setting.TotalMessages; number++)
        {
            var speaker = agents[(number - 1) % agents.Count];
            var next = number < setting.TotalMessages ? agents[number % agents.Count] : null;
            var prompt = builder.Build(speaker, setting, history, next);
            var response = await model.GetResponseAsync(prompt.Messages, prompt.Options);
            history.Add(new ConversationTurn { Number = number, SpeakerId = speaker.Id, SpeakerName = speaker.Name, Text = response.Text });
        }

        return history;
    }

    public static string Transcript(IEnumerable<ConversationTurn> turns) =>
        string.Join("\n\n", turns.Select(t => $"--- {t.Number}. {t.SpeakerName} ({ProseWords(t.Text)} words)\n{t.Text}"));

    public static int ProseWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
