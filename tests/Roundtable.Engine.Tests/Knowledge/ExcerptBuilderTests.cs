using Roundtable.Engine.Knowledge;

namespace Roundtable.Engine.Tests.Knowledge;

public sealed class ExcerptBuilderTests
{
    private static HashSet<string> Query(string text) => KnowledgeTextAnalyzer.Terms(text).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Build_MatchInMiddleSentence_StartsThereAndReadsOn()
    {
        var text = "Branches open at nine. Cheques can be paid in with the app. Notifications arrive instantly.";

        var excerpt = ExcerptBuilder.Build(text, Query("pay in a cheque"), maxLength: 70);

        Assert.Equal("Cheques can be paid in with the app. Notifications arrive instantly.", excerpt);
    }

    [Fact]
    public void Build_EarlierSentenceAddsQueryTerms_ReachesBack()
    {
        var text = "The fee is £5. Transfers to Spain arrive tomorrow. Rates are shown first.";

        var excerpt = ExcerptBuilder.Build(text, Query("fee for transfers to Spain"), maxLength: 60);

        Assert.Equal("The fee is £5. Transfers to Spain arrive tomorrow.", excerpt);
    }

    [Fact]
    public void Build_LongText_AtMostTheLimitWithWhitespaceCollapsed()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Sentence   number {i} talks about savings."));

        var excerpt = ExcerptBuilder.Build(text, Query("savings"));

        Assert.InRange(excerpt.Length, 200, KnowledgeHit.MaxExcerptLength);
        Assert.StartsWith("Sentence number 1 talks", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OneSentenceOverTheLimit_CutAtWordsAroundTheMatchWithEllipses()
    {
        var filler = string.Join(" ", Enumerable.Repeat("lorem ipsum dolor", 40));
        var text = $"{filler} the overdraft buffer is fifty pounds {filler}.";

        var excerpt = ExcerptBuilder.Build(text, Query("overdraft buffer"));

        Assert.InRange(excerpt.Length, 200, KnowledgeHit.MaxExcerptLength);
        Assert.StartsWith("…", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.Contains("the overdraft buffer is fifty pounds", excerpt, StringComparison.Ordinal);
        Assert.All(excerpt.Trim('…').Split(' '), word => Assert.Contains(word, new[] { "lorem", "ipsum", "dolor", "the", "overdraft", "buffer", "is", "fifty", "pounds" }));
    }

    [Fact]
    public void Build_NoMatchingTerm_FirstSentences()
    {
        Assert.Equal("First. Second.", ExcerptBuilder.Build("First. Second.", Query("zebra")));
    }
}
