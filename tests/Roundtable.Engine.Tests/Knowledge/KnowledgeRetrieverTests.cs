using Roundtable.Engine.Knowledge;

namespace Roundtable.Engine.Tests.Knowledge;

public sealed class KnowledgeRetrieverTests
{
    private const string TenantA = "tenant-a";
    private const string TenantB = "tenant-b";

    [Fact]
    public void Mode_NoEmbeddingGenerator_KeywordAndWithOne_Hybrid()
    {
        Assert.Equal(KnowledgeSearchMode.Keyword, new KnowledgeRetriever().Mode);
        Assert.Equal(KnowledgeSearchMode.Hybrid, new KnowledgeRetriever(embeddingGenerator: new HashingEmbeddingGenerator()).Mode);
    }

    [Fact]
    public async Task AddAsync_Document_ReturnsItsChunksAndMakesThemSearchable()
    {
        var retriever = new KnowledgeRetriever();
        var document = new KnowledgeDocument("hours", TenantA, "Opening Hours", "Branches open at nine on weekdays.");

        var chunks = await retriever.AddAsync(document);
        var hit = Assert.Single(await retriever.SearchAsync(TenantA, "When do branches open?", 5, CancellationToken.None));

        Assert.Equal(chunks[0], hit.Chunk);
        Assert.Equal(KnowledgeRetrievers.Keyword, hit.MatchedBy);
        Assert.Equal(hit.Score, hit.KeywordScore);
        Assert.Null(hit.VectorSimilarity);
        Assert.Equal("Branches open at nine on weekdays.", hit.Excerpt);
    }

    [Fact]
    public async Task AddAsync_SameIdAgain_ReplacesTheEarlierVersion()
    {
        var retriever = new KnowledgeRetriever();
        await retriever.AddAsync(new KnowledgeDocument("hours", TenantA, "Opening Hours", "Branches open at nine."));

        await retriever.AddAsync(new KnowledgeDocument("hours", TenantA, "Opening Hours", "Branches open at ten."));

        var hit = Assert.Single(await retriever.SearchAsync(TenantA, "branches", 5, CancellationToken.None));
        Assert.Equal("Branches open at ten.", hit.Chunk.Text);
    }

    [Fact]
    public async Task Remove_Document_NoLongerFound()
    {
        var retriever = await RetailBankingCorpus.LoadAsync(new KnowledgeRetriever(embeddingGenerator: new HashingEmbeddingGenerator()));

        Assert.True(retriever.Remove(RetailBankingCorpus.TenantId, "mortgages"));

        var hits = await retriever.SearchAsync(RetailBankingCorpus.TenantId, "mortgage overpayments", 20, CancellationToken.None);
        Assert.DoesNotContain(hits, hit => hit.Chunk.DocumentId == "mortgages");
        Assert.False(retriever.Remove(RetailBankingCorpus.TenantId, "mortgages"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SearchAsync_TermOnlyInAnotherTenant_NothingFromThatTenant(bool hybrid)
    {
        var retriever = new KnowledgeRetriever(embeddingGenerator: hybrid ? new HashingEmbeddingGenerator() : null);
        await RetailBankingCorpus.LoadAsync(retriever, TenantA);
        await retriever.AddAsync(new KnowledgeDocument("premier", TenantB, "Premier Banking", "Premier customers get a dedicated relationship manager."));

        var forA = await retriever.SearchAsync(TenantA, "premier relationship manager", 50, CancellationToken.None);
        var forB = await retriever.SearchAsync(TenantB, "premier relationship manager", 50, CancellationToken.None);

        Assert.All(forA, hit => Assert.Equal(TenantA, hit.Chunk.TenantId));
        Assert.DoesNotContain(forA, hit => hit.Chunk.DocumentId == "premier");
        if (!hybrid)
        {
            Assert.Empty(forA);
        }

        Assert.Equal("premier", Assert.Single(forB).Chunk.DocumentId);
    }

    [Fact]
    public async Task SearchAsync_Hybrid_FusesKeywordAndVectorRanksWithRrf()
    {
        // Vectors scripted per document: the query points along x; "capacity" is exactly along x,
        // "arranged" is close to it, and "fees" is orthogonal so the vector retriever drops it.
        var generator = new ScriptedEmbeddingGenerator(text => text switch
        {
            _ when text.Contains("Arranged overdraft", StringComparison.Ordinal) => [0.8f, 0.6f, 0],
            _ when text.Contains("Overdraft fees", StringComparison.Ordinal) => [0, 1, 0],
            _ when text.Contains("Borrowing capacity", StringComparison.Ordinal) => [1, 0, 0],
            _ => [1, 0, 0],
        });
        var retriever = new KnowledgeRetriever(embeddingGenerator: generator);
        await retriever.AddAsync(new KnowledgeDocument("arranged", TenantA, "Arranged overdraft", "An arranged overdraft limit is agreed in advance."));
        await retriever.AddAsync(new KnowledgeDocument("fees", TenantA, "Overdraft fees", "Overdraft interest is charged daily."));
        await retriever.AddAsync(new KnowledgeDocument("capacity", TenantA, "Borrowing capacity", "How much you may borrow depends on your income."));

        var hits = await retriever.SearchAsync(TenantA, "arranged overdraft limit", 10, CancellationToken.None);

        // Keyword ranking: arranged (all three terms), fees ("overdraft"). Vector ranking: capacity (1.0), arranged (0.8).
        // RRF, k = 60: arranged 1/61 + 1/62, capacity 1/61, fees 1/62.
        Assert.Equal(["arranged", "capacity", "fees"], hits.Select(hit => hit.Chunk.DocumentId));
        Assert.Equal((1.0 / 61) + (1.0 / 62), hits[0].Score, 12);
        Assert.Equal(1.0 / 61, hits[1].Score, 12);
        Assert.Equal(1.0 / 62, hits[2].Score, 12);
        Assert.Equal([KnowledgeRetrievers.Keyword | KnowledgeRetrievers.Vector, KnowledgeRetrievers.Vector, KnowledgeRetrievers.Keyword], hits.Select(hit => hit.MatchedBy));
        Assert.Equal(0.8, hits[0].VectorSimilarity!.Value, 6);
        Assert.NotNull(hits[0].KeywordScore);
        Assert.Null(hits[1].KeywordScore);
        Assert.Null(hits[2].VectorSimilarity);
    }

    [Fact]
    public async Task SearchAsync_HybridOnCorpus_ScoresAreRrfOfIndependentlyComputedRankings()
    {
        var tenant = RetailBankingCorpus.TenantId;
        var options = new KnowledgeRetrieverOptions { CandidateCount = 20 };
        var keywordOnly = await RetailBankingCorpus.LoadAsync(new KnowledgeRetriever(options: options));
        var hybrid = await RetailBankingCorpus.LoadAsync(new KnowledgeRetriever(embeddingGenerator: new HashingEmbeddingGenerator(), options: options));
        const string query = "fee for sending money abroad";

        var keywordRanking = (await keywordOnly.SearchAsync(tenant, query, 20, CancellationToken.None)).Select(hit => hit.Chunk).ToList();
        var queryVector = HashingEmbeddingGenerator.Embed(query);
        var vectorRanking = RetailBankingCorpus.Documents()
            .SelectMany(document => keywordOnly.Chunker.Chunk(document))
            .Select(chunk => (Chunk: chunk, Similarity: Cosine(queryVector, HashingEmbeddingGenerator.Embed(ChunkEmbedder.InputFor(chunk)))))
            .Where(scored => scored.Similarity > 0)
            .OrderByDescending(scored => scored.Similarity)
            .ThenBy(scored => scored.Chunk.DocumentId, StringComparer.Ordinal)
            .Select(scored => scored.Chunk)
            .ToList();
        var expected = keywordRanking.Select((chunk, rank) => (chunk.DocumentId, Score: 1.0 / (60 + rank + 1)))
            .Concat(vectorRanking.Select((chunk, rank) => (chunk.DocumentId, Score: 1.0 / (60 + rank + 1))))
            .GroupBy(entry => entry.DocumentId, entry => entry.Score)
            .ToDictionary(group => group.Key, group => group.Sum());

        var hits = await hybrid.SearchAsync(tenant, query, 20, CancellationToken.None);

        Assert.Equal(expected.Count, hits.Count);
        Assert.All(hits, hit => Assert.Equal(expected[hit.Chunk.DocumentId], hit.Score, 12));
        Assert.Equal(hits.OrderByDescending(hit => hit.Score).Select(hit => hit.Score), hits.Select(hit => hit.Score));
        Assert.Equal("international-payments", hits[0].Chunk.DocumentId);
        Assert.Contains(hits, hit => hit.MatchedBy == KnowledgeRetrievers.Vector);
    }

    [Fact]
    public async Task AddAsync_Hybrid_EmbedsChunksInBatchesWithTheirTitle()
    {
        var generator = new HashingEmbeddingGenerator();
        var chunker = new DocumentChunker(new WordTokenCounter(), new DocumentChunkerOptions { TargetTokens = 4, OverlapTokens = 0 });
        var retriever = new KnowledgeRetriever(chunker, generator, new KnowledgeRetrieverOptions { EmbeddingBatchSize = 2 });
        var scripted = new ScriptedEmbeddingGenerator(HashingEmbeddingGenerator.Embed);
        var titled = new KnowledgeRetriever(chunker, scripted);

        var chunks = await retriever.AddAsync(new KnowledgeDocument("d", TenantA, "Fees", "One two three four. Five six seven eight. Nine ten."));
        await titled.AddAsync(new KnowledgeDocument("d", TenantA, "Fees", "One two three four."));

        Assert.Equal(3, chunks.Count);
        Assert.Equal(new[] { 2, 1 }, generator.BatchSizes.ToArray());
        Assert.Equal("Fees\n\nOne two three four.", Assert.Single(scripted.Inputs));
    }

    [Fact]
    public async Task IndexDocument_StoredVectors_SearchableWithoutReEmbedding()
    {
        var generator = new HashingEmbeddingGenerator();
        var retriever = new KnowledgeRetriever(embeddingGenerator: generator);
        var chunks = new DocumentChunker().Chunk(RetailBankingCorpus.Documents(TenantA)[0]);
        var stored = chunks.Select(chunk => new EmbeddedChunk(chunk, HashingEmbeddingGenerator.Embed(ChunkEmbedder.InputFor(chunk)))).ToList();

        retriever.IndexDocument(TenantA, chunks[0].DocumentId, stored);
        var hits = await retriever.SearchAsync(TenantA, "savings interest", 5, CancellationToken.None);

        Assert.Equal(new[] { 1 }, generator.BatchSizes.ToArray());
        Assert.Equal(KnowledgeRetrievers.Keyword | KnowledgeRetrievers.Vector, Assert.Single(hits).MatchedBy);
    }

    [Fact]
    public async Task EmbedAsync_Hybrid_EmbedsWithoutIndexingUntilIndexDocument()
    {
        var generator = new HashingEmbeddingGenerator();
        var retriever = new KnowledgeRetriever(embeddingGenerator: generator);
        var chunks = new DocumentChunker().Chunk(RetailBankingCorpus.Documents(TenantA)[0]);

        var embedded = await retriever.EmbedAsync(chunks);
        var before = await retriever.SearchAsync(TenantA, "savings interest", 5, CancellationToken.None);
        retriever.IndexDocument(TenantA, chunks[0].DocumentId, embedded);
        var after = await retriever.SearchAsync(TenantA, "savings interest", 5, CancellationToken.None);

        Assert.Equal(HashingEmbeddingGenerator.Embed(ChunkEmbedder.InputFor(chunks[0])), embedded[0].Vector.ToArray());
        Assert.Empty(before);
        Assert.Equal(KnowledgeRetrievers.Keyword | KnowledgeRetrievers.Vector, Assert.Single(after).MatchedBy);
    }

    [Fact]
    public async Task EmbedAsync_Keyword_CallsNothingAndIndexDocumentMakesTheChunksSearchable()
    {
        var retriever = new KnowledgeRetriever();
        var chunks = new DocumentChunker().Chunk(RetailBankingCorpus.Documents(TenantA)[0]);

        var embedded = await retriever.EmbedAsync(chunks);
        retriever.IndexDocument(TenantA, chunks[0].DocumentId, embedded);

        Assert.All(embedded, chunk => Assert.True(chunk.Vector.IsEmpty));
        Assert.Equal(KnowledgeRetrievers.Keyword, Assert.Single(await retriever.SearchAsync(TenantA, "savings interest", 5, CancellationToken.None)).MatchedBy);
    }

    [Fact]
    public async Task IndexDocumentAsync_ChunksOfAnotherTenant_Throws()
    {
        var retriever = new KnowledgeRetriever();
        var chunks = new DocumentChunker().Chunk(RetailBankingCorpus.Documents(TenantB)[0]);

        await Assert.ThrowsAsync<ArgumentException>(() => retriever.IndexDocumentAsync(TenantA, chunks[0].DocumentId, chunks));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task SearchAsync_BlankQuery_NoHits(string query)
    {
        var retriever = await RetailBankingCorpus.LoadAsync(new KnowledgeRetriever());

        Assert.Empty(await retriever.SearchAsync(RetailBankingCorpus.TenantId, query, 5, CancellationToken.None));
    }

    [Fact]
    public async Task SearchAsync_Top_LimitsHits()
    {
        var retriever = await RetailBankingCorpus.LoadAsync(new KnowledgeRetriever(embeddingGenerator: new HashingEmbeddingGenerator()));

        Assert.Equal(2, (await retriever.SearchAsync(RetailBankingCorpus.TenantId, "account fees", 2, CancellationToken.None)).Count);
    }

    private static double Cosine(float[] left, float[] right)
    {
        double dot = 0, leftNorm = 0, rightNorm = 0;
        for (var i = 0; i < left.Length; i++)
        {
            dot += left[i] * right[i];
            leftNorm += left[i] * left[i];
            rightNorm += right[i] * right[i];
        }

        return leftNorm == 0 || rightNorm == 0 ? 0 : dot / Math.Sqrt(leftNorm * rightNorm);
    }
}
