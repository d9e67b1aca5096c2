using Microsoft.Extensions.AI;
using Roundtable.Engine.Providers.Offline;
using Xunit.Abstractions;

namespace Roundtable.Engine.Tests.Providers.Offline;

/// <summary>Without a roundtable brief the offline model answers the person's latest message.</summary>
public sealed class OfflineDirectAnswerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GetResponseAsync_QuestionCoveredBySystemPromptSources_AnswersWithTheFactAndItsSource()
    {
        var text = await AnswerAsync(OfflineRequests.BankingSystemPrompt, "How much do international transfers cost, and how long do they take?");

        Assert.Contains("$15", text, StringComparison.Ordinal);
        Assert.Contains("International transfers", text, StringComparison.Ordinal);
        Assert.InRange(OfflineShowcase.ProseWords(text), 80, 140);
        Assert.DoesNotContain("Easy Saver", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_LostCardQuestion_PicksTheMatchingSource()
    {
        var text = await AnswerAsync(OfflineRequests.BankingSystemPrompt, "I think my card was stolen. What should I do?");

        Assert.Contains("freeze it in the mobile app", text, StringComparison.Ordinal);
        Assert.Contains("card", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetResponseAsync_QuestionWithoutSources_SaysSoAndStaysOnTheSubject()
    {
        var text = await AnswerAsync("You are a helpful assistant for Lakeside Dental.", "Do you offer payment plans for braces?");

        Assert.Contains("payment plans", text, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("(?i)don't have|doesn't cover", text);
        Assert.InRange(OfflineShowcase.ProseWords(text), 80, 140);
    }

    [Fact]
    public async Task GetResponseAsync_StatementToAPersona_RespondsFromThePersonaConcerns()
    {
        var text = await AnswerAsync(
            "You are Dana Reyes, the CFO of Acme Corp. You are analytical and skeptical, and you care about cash flow, payback and vendor risk.",
            "Our onboarding platform cuts new-hire ramp-up time by 40 percent for teams like yours.");

        Assert.Matches("cash flow|payback|vendor risk", text);
        Assert.Contains("?", text, StringComparison.Ordinal);
        Assert.InRange(OfflineShowcase.ProseWords(text), 80, 140);
    }

    [Fact]
    public async Task GetResponseAsync_EarlierAnswerInHistory_DoesNotRepeatItsSentences()
    {
        using var client = new OfflineChatClient();
        var messages = OfflineRequests.Question(OfflineRequests.BankingSystemPrompt, "How much do international transfers cost?").ToList();
        var first = await client.GetResponseAsync(messages);
        messages.Add(new ChatMessage(ChatRole.Assistant, first.Text));
        messages.Add(new ChatMessage(ChatRole.User, "And how long do international transfers take?"));

        var second = await client.GetResponseAsync(messages);

        output.WriteLine(first.Text + "\n\n" + second.Text);
        var earlier = ProseText.Sentences(first.Text).Select(ProseText.Normalize).ToHashSet();
        Assert.DoesNotContain(ProseText.Sentences(second.Text), s => earlier.Contains(ProseText.Normalize(s)));
    }

    [Fact]
    public async Task GetResponseAsync_MaxOutputTokens_CapsTheAnswer()
    {
        using var client = new OfflineChatClient();

        var response = await client.GetResponseAsync(
            OfflineRequests.Question(OfflineRequests.BankingSystemPrompt, "What interest does the Easy Saver account pay?"),
            new ChatOptions { MaxOutputTokens = 60 });

        Assert.InRange(OfflineShowcase.ProseWords(response.Text), 1, 45);
        Assert.Equal(true, response.AdditionalProperties?[OfflineChatClient.OfflinePropertyKey]);
    }

    private async Task<string> AnswerAsync(string systemPrompt, string question)
    {
        using var client = new OfflineChatClient();
        var response = await client.GetResponseAsync(OfflineRequests.Question(systemPrompt, question));
        output.WriteLine($"Q: {question}\nA: {response.Text}\n");
        return response.Text;
    }
}
