using Roundtable.Engine.Knowledge;

namespace Roundtable.Engine.Tests.Knowledge;

/// <summary>
/// Scores on a three-chunk corpus worked by hand with k1 = 1.2, b = 0.75:
/// d1 "apple banana apple" (3 terms), d2 "banana cherry" (2), d3 "cherry date fig grape" (4);
/// N = 3, average length 3, IDF(t) = ln(1 + (N − df + 0.5) / (df + 0.5)).
/// </summary>
public sealed class Bm25IndexTests
{
    private const string Tenant = "tenant-a";
    private const int Precision = 9;

    [Fact]
    public void Search_TermInOneChunk_ScoreMatchesFormula()
    {
        var index = TinyCorpus();

        var hit = Assert.Single(index.Search(Tenant, "apple", 10));

        // IDF = ln(1 + 2.5/1.5) = ln(8/3) = 0.980829; tf = 2, len = avg so the length factor is 1:
        // 0.980829 × 2 × 2.2 / (2 + 1.2) = 1.348640.
        Assert.Equal("d1", hit.Chunk.DocumentId);
        Assert.Equal(1.3486402228911236, hit.Score, Precision);
        Assert.Equal(Math.Log(8.0 / 3) * 2 * 2.2 / 3.2, hit.Score, Precision);
    }

    [Fact]
    public void Search_TwoTerms_SumsPerTermScoresAndRanksByThem()
    {
        var index = TinyCorpus();

        var hits = index.Search(Tenant, "banana cherry", 10);

        // IDF(banana) = IDF(cherry) = ln(1 + 1.5/2.5) = ln 1.6 = 0.470004.
        // d2: len 2, factor 0.25 + 0.75 × 2/3 = 0.75, each term 0.470004 × 2.2 / (1 + 0.9)  → 2 × 0.544215 = 1.088429
        // d1: len 3, factor 1,    banana 0.470004 × 2.2 / 2.2                              → 0.470004
        // d3: len 4, factor 1.25, cherry 0.470004 × 2.2 / 2.5                              → 0.413603
        Assert.Equal(["d2", "d1", "d3"], hits.Select(hit => hit.Chunk.DocumentId));
        Assert.Equal(1.088429457200651, hits[0].Score, Precision);
        Assert.Equal(0.47000362924573563, hits[1].Score, Precision);
        Assert.Equal(0.4136031937362474, hits[2].Score, Precision);
    }

    [Fact]
    public void Search_RepeatedQueryTerm_CountsOnce()
    {
        var index = TinyCorpus();

        Assert.Equal(index.Search(Tenant, "apple", 1)[0].Score, index.Search(Tenant, "apple apple apples", 1)[0].Score, Precision);
    }

    [Fact]
    public void Search_Top_LimitsResults()
    {
        Assert.Equal(["d2"], TinyCorpus().Search(Tenant, "banana cherry", 1).Select(hit => hit.Chunk.DocumentId));
    }

    [Fact]
    public void Search_NoSharedTermOrOnlyStopWords_NoResults()
    {
        var index = TinyCorpus();

        Assert.Empty(index.Search(Tenant, "kiwi", 10));
        Assert.Empty(index.Search(Tenant, "what is the", 10));
    }

    [Fact]
    public void RemoveDocument_Removed_StatisticsRecomputed()
    {
        var index = TinyCorpus();

        Assert.True(index.RemoveDocument(Tenant, "d3"));
        var hits = index.Search(Tenant, "banana", 10);

        // N = 2, average length 2.5, IDF(banana) = ln(1 + 0.5/2.5) = ln 1.2.
        // d2: factor 0.25 + 0.75 × 2/2.5 = 0.85 → ln 1.2 × 2.2 / 2.02; d1: factor 1.15 → ln 1.2 × 2.2 / 2.38.
        Assert.Equal(["d2", "d1"], hits.Select(hit => hit.Chunk.DocumentId));
        Assert.Equal(0.19856803215183175, hits[0].Score, Precision);
        Assert.Equal(0.16853253149021016, hits[1].Score, Precision);
        Assert.Empty(index.Search(Tenant, "grape", 10));
        Assert.False(index.RemoveDocument(Tenant, "d3"));
    }

    [Fact]
    public void ReplaceDocument_SameDocumentAgain_OldChunksReplaced()
    {
        var index = TinyCorpus();

        index.ReplaceDocument(Tenant, "d1", [Chunk(Tenant, "d1", 0, "kiwi mango")]);

        Assert.Equal(3, index.CountChunks(Tenant));
        Assert.Empty(index.Search(Tenant, "apple", 10));
        Assert.Equal("d1", Assert.Single(index.Search(Tenant, "kiwi", 10)).Chunk.DocumentId);
    }

    [Fact]
    public void ReplaceDocument_NoChunks_RemovesDocument()
    {
        var index = TinyCorpus();

        index.ReplaceDocument(Tenant, "d1", []);

        Assert.Equal(2, index.CountChunks(Tenant));
    }

    [Fact]
    public void Search_TitleTermOnly_Matches()
    {
        var index = new Bm25Index();
        index.ReplaceDocument(Tenant, "od", [Chunk(Tenant, "od", 0, "Interest is charged daily on the amount borrowed.", "Overdrafts")]);

        Assert.Single(index.Search(Tenant, "overdraft", 10));
    }

    [Fact]
    public void Search_OtherTenantHasTheTerm_NothingReturned()
    {
        var index = TinyCorpus();
        index.ReplaceDocument("tenant-b", "b1", [Chunk("tenant-b", "b1", 0, "zephyr apple")]);

        Assert.Empty(index.Search(Tenant, "zephyr", 10));
        Assert.All(index.Search(Tenant, "apple", 10), hit => Assert.Equal(Tenant, hit.Chunk.TenantId));
        Assert.Equal("b1", Assert.Single(index.Search("tenant-b", "zephyr", 10)).Chunk.DocumentId);
    }

    [Fact]
    public void Search_OtherTenantAddsDocuments_ScoresUnchanged()
    {
        var index = TinyCorpus();
        var before = index.Search(Tenant, "banana cherry", 10).Select(hit => hit.Score).ToList();

        for (var i = 0; i < 20; i++)
        {
            index.ReplaceDocument("tenant-b", $"b{i}", [Chunk("tenant-b", $"b{i}", 0, "banana banana cherry and a much longer text about other things")]);
        }

        Assert.Equal(before, index.Search(Tenant, "banana cherry", 10).Select(hit => hit.Score));
    }

    [Fact]
    public void ReplaceDocument_ChunkOfAnotherTenantOrDocument_Throws()
    {
        var index = new Bm25Index();

        Assert.Throws<ArgumentException>(() => index.ReplaceDocument(Tenant, "d1", [Chunk("tenant-b", "d1", 0, "apple")]));
        Assert.Throws<ArgumentException>(() => index.ReplaceDocument(Tenant, "d1", [Chunk(Tenant, "d2", 0, "apple")]));
        Assert.Throws<ArgumentException>(() => index.ReplaceDocument(Tenant, "d1", [Chunk(Tenant, "d1", 0, "apple"), Chunk(Tenant, "d1", 0, "pear")]));
    }

    internal static KnowledgeChunk Chunk(string tenantId, string documentId, int index, string text, string title = "") =>
        new(documentId, tenantId, index, title, text, 0, text.Length, text.Split(' ').Length);

    private static Bm25Index TinyCorpus()
    {
        var index = new Bm25Index();
        index.ReplaceDocument(Tenant, "d1", [Chunk(Tenant, "d1", 0, "apple banana apple")]);
        index.ReplaceDocument(Tenant, "d2", [Chunk(Tenant, "d2", 0, "banana cherry")]);
        index.ReplaceDocument(Tenant, "d3", [Chunk(Tenant, "d3", 0, "cherry date fig grape")]);
        return index;
    }
}
