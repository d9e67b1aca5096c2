using Roundtable.Server.Assistant;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>The running summary is the model's rewrite of the old summary plus the folded turns.</summary>
public sealed class ConversationSummarizerTests
{
    private static readonly AssistantMessage[] Turns =
    [
        new() { Role = "user", Content = "I am Dana and I run a bakery in Leeds.", MetadataJson = "{}" },
        new() { Role = "assistant", Content = "Nice to meet you, Dana. How can I help?", MetadataJson = "{}" },
    ];

    [Fact]
    public async Task FoldAsync_ModelAnswers_SummaryIsModelTextAndModelSawPreviousSummaryAndTurns()
    {
        var model = new FakeChatClient(_ => "Dana runs a bakery in Leeds and asked about accounts.");

        var summary = await ConversationSummarizer.FoldAsync(model, "The user asked about fees.", Turns, CancellationToken.None);

        Assert.Equal("Dana runs a bakery in Leeds and asked about accounts.", summary);
        var asked = Assert.Single(model.Requests)[^1].Text;
        Assert.Contains("The user asked about fees.", asked);
        Assert.Contains("user: I am Dana and I run a bakery in Leeds.", asked);
    }

    [Fact]
    public async Task FoldAsync_ModelAnswersNothing_ExtractiveSummaryKeepsUserWords()
    {
        var summary = await ConversationSummarizer.FoldAsync(new FakeChatClient(_ => "  "), null, Turns, CancellationToken.None);

        Assert.Contains("The user said: I am Dana and I run a bakery in Leeds.", summary);
        Assert.Contains("The assistant answered: Nice to meet you, Dana.", summary);
    }

    [Fact]
    public void Extract_LongHistory_KeepsNewestWithinLimit()
    {
        var many = Enumerable.Range(1, 50).Select(i => new AssistantMessage { Role = "user", Content = $"Fact number {i} " + new string('x', 80), MetadataJson = "{}" }).ToList();

        var summary = ConversationSummarizer.Extract(null, many);

        Assert.True(summary.Length <= ConversationSummarizer.MaxExtractiveLength);
        Assert.Contains("Fact number 50", summary);
    }
}
