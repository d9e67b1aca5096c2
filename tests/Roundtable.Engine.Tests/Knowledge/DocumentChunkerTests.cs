using Roundtable.Engine.Knowledge;

namespace Roundtable.Engine.Tests.Knowledge;

public sealed class DocumentChunkerTests
{
    // 19 words, one token each with WordTokenCounter; a paragraph break after "mu.".
    private const string GreekText = "Alpha beta gamma. Delta epsilon zeta eta. Theta iota kappa lambda mu.\n\nNu xi omicron pi. Rho sigma tau.";

    private static readonly KnowledgeDocument Greek = new("greek", "tenant-a", "Greek letters", GreekText);

    [Fact]
    public void Chunk_WordCountedText_CutsAtSentencesAndParagraphsWithOverlap()
    {
        var chunker = new DocumentChunker(new WordTokenCounter(), new DocumentChunkerOptions { TargetTokens = 8, OverlapTokens = 3 });

        var chunks = chunker.Chunk(Greek);

        // Worked by hand: each cut is the strongest break in the second half of an 8-word budget, and
        // the next chunk backs up 3 words (no sentence starts inside those 3 words).
        Assert.Equal(
        [
            "Alpha beta gamma. Delta epsilon zeta eta.",
            "epsilon zeta eta. Theta iota kappa lambda mu.",
            "kappa lambda mu.\n\nNu xi omicron pi.",
            "xi omicron pi. Rho sigma tau.",
        ], chunks.Select(chunk => chunk.Text));
        Assert.Equal([7, 8, 7, 6], chunks.Select(chunk => chunk.TokenCount));
        Assert.Equal([0, 1, 2, 3], chunks.Select(chunk => chunk.Index));
    }

    [Fact]
    public void Chunk_SentenceStartsInsideOverlap_NextChunkStartsAtThatSentence()
    {
        var chunker = new DocumentChunker(new WordTokenCounter(), new DocumentChunkerOptions { TargetTokens = 8, OverlapTokens = 4 });

        var chunks = chunker.Chunk(Greek);

        Assert.Equal("Alpha beta gamma. Delta epsilon zeta eta.", chunks[0].Text);
        Assert.StartsWith("Delta epsilon zeta eta.", chunks[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chunk_AnyChunk_CarriesDocumentIdentityTitleAndExactOffsets()
    {
        var chunker = new DocumentChunker(new WordTokenCounter(), new DocumentChunkerOptions { TargetTokens = 8, OverlapTokens = 3 });

        var chunks = chunker.Chunk(Greek);

        Assert.All(chunks, chunk =>
        {
            Assert.Equal("greek", chunk.DocumentId);
            Assert.Equal("tenant-a", chunk.TenantId);
            Assert.Equal("Greek letters", chunk.Title);
            Assert.Equal(GreekText[chunk.StartOffset..chunk.EndOffset], chunk.Text);
        });
    }

    [Fact]
    public void Chunk_ShortDocument_OneChunkWithoutSurroundingWhitespace()
    {
        var document = new KnowledgeDocument("short", "tenant-a", "Hours", "\n  Open 9 to 5 on weekdays.  \n");

        var chunk = Assert.Single(new DocumentChunker().Chunk(document));

        Assert.Equal("Open 9 to 5 on weekdays.", chunk.Text);
        Assert.Equal(3, chunk.StartOffset);
        Assert.Equal(document.Text.IndexOf("weekdays.", StringComparison.Ordinal) + "weekdays.".Length, chunk.EndOffset);
        Assert.Equal(TiktokenTokenCounter.O200kBase.CountTokens(chunk.Text), chunk.TokenCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Chunk_BlankText_NoChunks(string text)
    {
        Assert.Empty(new DocumentChunker().Chunk(new KnowledgeDocument("blank", "tenant-a", "Blank", text)));
    }

    [Fact]
    public void Chunk_LongDocument_EveryChunkWithinTargetInRealTokens()
    {
        var counter = TiktokenTokenCounter.O200kBase;
        var chunker = new DocumentChunker(counter, new DocumentChunkerOptions { TargetTokens = 48, OverlapTokens = 12 });

        var chunks = chunker.Chunk(LongDocument());

        Assert.True(chunks.Count > 10);
        Assert.All(chunks, chunk =>
        {
            Assert.Equal(counter.CountTokens(chunk.Text), chunk.TokenCount);
            Assert.InRange(chunk.TokenCount, 1, 48);
        });
        // Preferring sentence ends should not leave chunks tiny: all but the last use half the budget.
        Assert.All(chunks.SkipLast(1), chunk => Assert.True(chunk.TokenCount >= 20, $"Chunk {chunk.Index} has {chunk.TokenCount} tokens."));
    }

    [Fact]
    public void Chunk_LongDocument_NeverCutsInsideAWord()
    {
        var document = LongDocument();
        var chunker = new DocumentChunker(options: new DocumentChunkerOptions { TargetTokens = 20, OverlapTokens = 6 });

        var chunks = chunker.Chunk(document);

        Assert.All(chunks, chunk =>
        {
            Assert.True(chunk.StartOffset == 0 || char.IsWhiteSpace(document.Text[chunk.StartOffset - 1]), $"Chunk {chunk.Index} starts mid-word.");
            Assert.True(chunk.EndOffset == document.Text.Length || char.IsWhiteSpace(document.Text[chunk.EndOffset]), $"Chunk {chunk.Index} ends mid-word.");
        });
    }

    [Fact]
    public void Chunk_LongDocument_ChunksOverlapByAtMostTheOverlapAndCoverEveryWord()
    {
        var document = LongDocument();
        var counter = new WordTokenCounter();
        var chunker = new DocumentChunker(counter, new DocumentChunkerOptions { TargetTokens = 40, OverlapTokens = 10 });

        var chunks = chunker.Chunk(document);

        for (var i = 1; i < chunks.Count; i++)
        {
            var (previous, next) = (chunks[i - 1], chunks[i]);
            Assert.True(next.StartOffset > previous.StartOffset, "Chunks must move forward.");
            Assert.True(next.StartOffset <= previous.EndOffset, "A gap between chunks would lose text.");
            var overlap = next.StartOffset < previous.EndOffset ? document.Text[next.StartOffset..previous.EndOffset] : string.Empty;
            Assert.InRange(counter.CountTokens(overlap), 0, 10);
        }

        Assert.Equal(document.Text.TrimEnd().Length, chunks[^1].EndOffset);
        Assert.Equal(0, chunks[0].StartOffset);
        Assert.Contains(chunks.Skip(1), chunk => chunk.StartOffset < chunks[chunk.Index - 1].EndOffset);
    }

    [Fact]
    public void Chunk_SentencesShorterThanHalfTheBudget_ChunksEndAtSentenceOrClauseEnds()
    {
        var chunker = new DocumentChunker(new WordTokenCounter(), new DocumentChunkerOptions { TargetTokens = 40, OverlapTokens = 8 });

        var chunks = chunker.Chunk(LongDocument());

        // A clause is the fallback only when no sentence ends in the second half of the budget.
        Assert.All(chunks, chunk => Assert.Matches(@"[.!?,;:]$", chunk.Text));
        Assert.True(chunks.Count(chunk => chunk.Text.EndsWith('.')) >= chunks.Count * 9 / 10);
    }

    [Fact]
    public void Chunk_TwoParagraphsThatDoNotFitTogether_CutsAtTheParagraphBreak()
    {
        var first = "Fixed rate mortgages keep the same rate for two or five years. Payments do not change.";
        var second = "Tracker mortgages follow the base rate. Payments rise and fall with it.";
        var document = new KnowledgeDocument("mortgages", "tenant-a", "Mortgages", first + "\n\n" + second);
        var chunker = new DocumentChunker(new WordTokenCounter(), new DocumentChunkerOptions { TargetTokens = 22, OverlapTokens = 0 });

        var chunks = chunker.Chunk(document);

        Assert.Equal([first, second], chunks.Select(chunk => chunk.Text));
    }

    [Fact]
    public void Chunk_WordLongerThanTarget_KeptWholeInAChunkOfItsOwn()
    {
        var url = "https://example.org/" + string.Concat(Enumerable.Repeat("very-long-path-segment/", 12));
        var document = new KnowledgeDocument("links", "tenant-a", "Links", $"See the terms at {url} for details.");
        var chunker = new DocumentChunker(options: new DocumentChunkerOptions { TargetTokens = 16, OverlapTokens = 4 });

        var chunks = chunker.Chunk(document);

        var urlChunk = Assert.Single(chunks, chunk => chunk.Text.Contains(url, StringComparison.Ordinal));
        Assert.Equal(url, urlChunk.Text);
        Assert.True(urlChunk.TokenCount > 16);
        Assert.Equal(document.Text, string.Join(" ", chunks.Select(chunk => chunk.Text)));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 6)]
    [InlineData(10, -1)]
    public void Constructor_InvalidSizes_Throws(int target, int overlap)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new DocumentChunker(new WordTokenCounter(), new DocumentChunkerOptions { TargetTokens = target, OverlapTokens = overlap }));
    }

    [Fact]
    public void TiktokenTokenCounter_O200kBase_CountsOfflineLikeGpt4o()
    {
        Assert.Equal(2, TiktokenTokenCounter.O200kBase.CountTokens("hello world"));
        Assert.Equal(0, TiktokenTokenCounter.O200kBase.CountTokens(string.Empty));
    }

    private static KnowledgeDocument LongDocument() =>
        new("handbook", "tenant-a", "Customer handbook",
            string.Join("\n\n", RetailBankingCorpus.Documents().Select(document => document.Text)));
}
