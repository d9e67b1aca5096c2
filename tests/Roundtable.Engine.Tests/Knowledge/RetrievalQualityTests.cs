using Roundtable.Engine.Knowledge;

namespace Roundtable.Engine.Tests.Knowledge;

/// <summary>The right document must come first for every customer question on the fixed banking corpus.</summary>
public sealed class RetrievalQualityTests
{
    public static TheoryData<string, string> Questions => RetailBankingCorpus.Questions();

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task SearchAsync_KeywordMode_AnsweringDocumentRanksFirst(string question, string expectedDocumentId)
    {
        var retriever = await RetailBankingCorpus.LoadAsync(new KnowledgeRetriever());

        var hits = await retriever.SearchAsync(RetailBankingCorpus.TenantId, question, 3, CancellationToken.None);

        Assert.Equal(KnowledgeSearchMode.Keyword, retriever.Mode);
        Assert.NotEmpty(hits);
        Assert.Equal(expectedDocumentId, hits[0].Chunk.DocumentId);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task SearchAsync_KeywordModeWithSmallChunks_AnsweringDocumentRanksFirst(string question, string expectedDocumentId)
    {
        // About two sentences a chunk, so most documents span several chunks that compete with each other.
        var chunker = new DocumentChunker(options: new DocumentChunkerOptions { TargetTokens = 40, OverlapTokens = 10 });
        var retriever = await RetailBankingCorpus.LoadAsync(new KnowledgeRetriever(chunker));

        var hits = await retriever.SearchAsync(RetailBankingCorpus.TenantId, question, 3, CancellationToken.None);

        Assert.Equal(expectedDocumentId, hits[0].Chunk.DocumentId);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task SearchAsync_HybridMode_AnsweringDocumentRanksFirst(string question, string expectedDocumentId)
    {
        var retriever = await RetailBankingCorpus.LoadAsync(new KnowledgeRetriever(embeddingGenerator: new HashingEmbeddingGenerator()));

        var hits = await retriever.SearchAsync(RetailBankingCorpus.TenantId, question, 3, CancellationToken.None);

        Assert.Equal(KnowledgeSearchMode.Hybrid, retriever.Mode);
        Assert.Equal(expectedDocumentId, hits[0].Chunk.DocumentId);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task SearchAsync_AnyQuestion_ExcerptIsShortAndFromTheChunk(string question, string expectedDocumentId)
    {
        var retriever = await RetailBankingCorpus.LoadAsync(new KnowledgeRetriever());

        var hits = await retriever.SearchAsync(RetailBankingCorpus.TenantId, question, 3, CancellationToken.None);

        Assert.All(hits, hit =>
        {
            Assert.InRange(hit.Excerpt.Length, 1, KnowledgeHit.MaxExcerptLength);
            Assert.Contains(hit.Excerpt[..20], hit.Chunk.Text.ReplaceLineEndings(" "), StringComparison.Ordinal);
        });
        Assert.Contains(hits, hit => hit.Chunk.DocumentId == expectedDocumentId);
    }
}
