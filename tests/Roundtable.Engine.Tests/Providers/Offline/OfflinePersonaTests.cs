using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Roundtable.Engine.Agents;
using Roundtable.Engine.Providers.Offline;

namespace Roundtable.Engine.Tests.Providers.Offline;

/// <summary>Each speaker writes in the voice of its persona, about this business, after this speaker.</summary>
public sealed class OfflinePersonaTests
{
    public static TheoryData<string, string> VoiceVocabulary => new()
    {
        { ShowcaseAgents.BusinessAssistant.Id, @"pric|margin|capacity|cash flow|revenue|budget|partner|schedul" },
        { ShowcaseAgents.SeoSpecialist.Id, @"search|Google|keyword|rank|Search Console|listing|page" },
        { ShowcaseAgents.CustomerService.Id, @"response|callback|follow-up|review|trust|expectation|first call" },
        { ShowcaseAgents.MarketingExpert.Id, @"campaign|brand|social|lead|post|referral|offer" },
    };

    [Theory]
    [MemberData(nameof(VoiceVocabulary))]
    public async Task GetResponseAsync_ShowcaseAgent_WritesInItsOwnVocabulary(string agentId, string vocabulary)
    {
        var agent = ShowcaseAgents.Default.Single(a => a.Id == agentId);

        var text = await ReplyAsync(agent);

        Assert.True(Regex.Matches(text, vocabulary, RegexOptions.IgnoreCase).Count >= 3, text);
    }

    [Fact]
    public async Task GetResponseAsync_DifferentAgentsSameContext_DifferentVoices()
    {
        var seo = await ReplyAsync(ShowcaseAgents.SeoSpecialist);
        var service = await ReplyAsync(ShowcaseAgents.CustomerService);

        Assert.Matches("(?i)search|keyword|google", seo);
        Assert.True(Regex.Matches(seo, "(?i)search|keyword|google|rank").Count > Regex.Matches(service, "(?i)search|keyword|google|rank").Count);
        var shared = ProseText.Sentences(seo).Select(ProseText.Normalize).Intersect(ProseText.Sentences(service).Select(ProseText.Normalize));
        Assert.True(shared.Count() <= 1, string.Join("\n", shared));
    }

    [Fact]
    public async Task GetResponseAsync_SecondTurn_RefersToThePreviousSpeakerAndTheirPoint()
    {
        var text = await ReplyAsync(ShowcaseAgents.SeoSpecialist);

        var opening = string.Join(" ", ProseText.Sentences(text).Take(2));
        Assert.Contains("Business AI Assistant", opening, StringComparison.Ordinal);
        Assert.Matches("(?i)pric|offer|three clear options|inspections|signed jobs", opening);
    }

    [Fact]
    public async Task GetResponseAsync_SecondTurn_GroundedInBusinessLocationAndTopic()
    {
        var text = await ReplyAsync(ShowcaseAgents.MarketingExpert);

        Assert.True(text.Contains("Perfect Roofing Team", StringComparison.Ordinal) || text.Contains("Lodi", StringComparison.Ordinal), text);
        Assert.Matches("(?i)storm damage|insurance", text);
        Assert.Matches("(?i)homeowner", text);
    }

    [Fact]
    public async Task GetResponseAsync_OtherPersona_BuildsTheVoiceFromThePersonaFocus()
    {
        var cfo = ShowcaseAgents.BusinessAssistant with
        {
            Id = "cfo",
            Name = "Dana Reyes",
            Persona = "A chief financial officer who watches cash flow, payback periods and vendor risk.",
            Traits = ["analytical", "skeptical"],
        };

        var text = await ReplyAsync(cfo);

        Assert.Matches("cash flow|payback periods|vendor risk", text);
        Assert.InRange(OfflineShowcase.ProseWords(text), 150, 200);
    }

    private static async Task<string> ReplyAsync(AgentDefinition agent)
    {
        using var client = new OfflineChatClient();
        var prompt = OfflineRequests.SecondTurn(agent);
        var response = await client.GetResponseAsync(prompt.Messages, prompt.Options);
        return response.Text;
    }
}
