using Microsoft.Extensions.AI;
using Roundtable.Engine.Agents;
using Roundtable.Engine.Conversations;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Prompts.Templates;

namespace Roundtable.Engine.Tests.Providers.Offline;

/// <summary>Single offline requests built the way the engine builds them.</summary>
internal static class OfflineRequests
{
    public const string BusinessAssistantTurn =
        "Storm work is won in the first day. I would package the offer into three clear options, from emergency tarping to a full replacement, "
        + "so homeowners can choose quickly. Pricing should be published as ranges, and we should track how many inspections turn into signed jobs within 30 days.";

    /// <summary>The prompt for <paramref name="speaker"/>'s turn as message 2, after the Business AI Assistant opened.</summary>
    public static AgentPrompt SecondTurn(AgentDefinition speaker, ConversationSetting? setting = null)
    {
        var builder = new PromptBuilder(BuiltInPromptTemplates.CreateStore());
        var opener = ShowcaseAgents.BusinessAssistant;
        var history = new List<ConversationTurn>
        {
            new() { Number = 1, SpeakerId = opener.Id, SpeakerName = opener.Name, Text = BusinessAssistantTurn },
        };
        return builder.Build(speaker, setting ?? OfflineShowcase.StormSetting(), history, ShowcaseAgents.MarketingExpert);
    }

    /// <summary>A person asking an assistant, with no roundtable brief.</summary>
    public static IReadOnlyList<ChatMessage> Question(string systemPrompt, string question) =>
    [
        new(ChatRole.System, systemPrompt),
        new(ChatRole.User, question),
    ];

    public const string BankingSystemPrompt =
        """
        You are Ava, a retail-banking assistant for Northwind Bank. You help customers with accounts, cards, transfers and online banking.

        How to answer:
        - Answer the question directly first, then add detail only where it helps.
        - When sources are provided, rely on them and cite the source title.

        Sources:
        - [International transfers] International transfers cost $15 per payment and usually arrive within two business days. Transfers above $10,000 need a call-back check.
        - [Card security] If your card is lost or stolen, freeze it in the mobile app straight away and call 0800 555 0100 to order a replacement.
        - [Savings accounts] The Easy Saver account pays 3.1% interest and allows unlimited withdrawals.
        """;
}
