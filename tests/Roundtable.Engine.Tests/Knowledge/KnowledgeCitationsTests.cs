using Roundtable.Engine.Knowledge;
using Roundtable.Engine.Prompts;

namespace Roundtable.Engine.Tests.Knowledge;

public sealed class KnowledgeCitationsTests
{
    [Fact]
    public async Task ToSnippets_Hits_DocumentIdTitleAndWholeChunkInRankOrder()
    {
        var retriever = await RetailBankingCorpus.LoadAsync(new KnowledgeRetriever());
        var hits = await retriever.SearchAsync(RetailBankingCorpus.TenantId, "overdraft fee", 2, CancellationToken.None);

        var snippets = hits.ToSnippets();

        Assert.Equal(hits.Select(hit => new KnowledgeSnippet(hit.Chunk.DocumentId, hit.Chunk.Title, hit.Chunk.Text)), snippets);
        Assert.Equal(new KnowledgeSnippet("overdrafts", "Overdrafts", hits[0].Chunk.Text), snippets[0]);
    }
}
