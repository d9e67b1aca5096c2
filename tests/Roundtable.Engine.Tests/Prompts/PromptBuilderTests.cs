using Microsoft.Extensions.AI;
using Roundtable.Engine.Agents;
using Roundtable.Engine.Conversations;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Prompts.Templates;

namespace Roundtable.Engine.Tests.Prompts;

public sealed class PromptBuilderTests
{
    private static readonly ConversationSetting Setting = new()
    {
        Topic = "Storm damage restoration",
        TotalMessages = 16,
        Seed = 9,
        Business = new BusinessProfile { Name = "Perfect Roofing Team", Industry = "Roofing", Location = "Lodi, New Jersey" },
        Knowledge = [new KnowledgeSnippet("doc-1", "Warranty", "Every roof carries a 10-year workmanship warranty.")],
    };

    private static readonly ConversationTurn[] History =
    [
        new() { Number = 1, SpeakerId = "business-assistant", SpeakerName = "Business AI Assistant", Text = "Price the inspections." },
        new() { Number = 2, SpeakerId = "seo-specialist", SpeakerName = "SEO AI Specialist", Text = "Rank for storm repair." },
        new() { Number = 3, SpeakerId = "customer-service", SpeakerName = "Customer Service AI", Text = "Answer within an hour." },
    ];

    private readonly PromptBuilder builder = new(BuiltInPromptTemplates.CreateStore());

    [Fact]
    public void Build_HistoryFromSpeakersView_OwnTurnsAssistantOthersNamedUser()
    {
        var prompt = builder.Build(ShowcaseAgents.SeoSpecialist, Setting, History, ShowcaseAgents.CustomerService);

        var messages = prompt.Messages;
        Assert.Equal([ChatRole.System, ChatRole.User, ChatRole.Assistant, ChatRole.User, ChatRole.User], messages.Select(m => m.Role));
        Assert.Equal("Business_AI_Assistant", messages[1].AuthorName);
        Assert.Equal("Business AI Assistant: Price the inspections.", messages[1].Text);
        Assert.Equal("Rank for storm repair.", messages[2].Text);
        Assert.Contains("Customer Service AI's latest points", messages[4].Text);
        Assert.Contains("150-200 words", messages[4].Text);
    }

    [Fact]
    public void Build_SystemPrompt_CarriesPersonaBusinessTopicAndKnowledge()
    {
        var system = builder.Build(ShowcaseAgents.MarketingExpert, Setting, [], null).Messages[0].Text;

        Assert.Contains("Marketing AI Expert", system);
        Assert.Contains("Perfect Roofing Team", system);
        Assert.Contains("Lodi, New Jersey", system);
        Assert.Contains("Storm damage restoration", system);
        Assert.Contains("[Warranty] Every roof carries a 10-year workmanship warranty.", system);
    }

    [Fact]
    public void Build_Options_FreshPerTurnWithBriefSeedAndRoomForTheWords()
    {
        var first = builder.Build(ShowcaseAgents.BusinessAssistant, Setting, [], ShowcaseAgents.SeoSpecialist);
        var second = builder.Build(ShowcaseAgents.BusinessAssistant, Setting, History, ShowcaseAgents.SeoSpecialist);

        Assert.NotSame(first.Options, second.Options);
        Assert.NotEqual(first.Options.Seed, second.Options.Seed);
        Assert.True(first.Options.MaxOutputTokens >= 400);
        var brief = TurnBrief.From(second.Options)!;
        Assert.Equal(4, brief.MessageNumber);
        Assert.Equal("SEO AI Specialist", brief.NextSpeakerName);
        Assert.Equal((150, 200), (brief.MinWords, brief.MaxWords));
    }

    [Fact]
    public void Build_UnknownTemplate_FailsClearly()
    {
        var agent = ShowcaseAgents.BusinessAssistant with { PromptTemplate = "missing-template" };

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build(agent, Setting, [], null));

        Assert.Contains("missing-template", error.Message);
    }
}
