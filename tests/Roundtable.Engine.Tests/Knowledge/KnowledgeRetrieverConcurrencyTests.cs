using Roundtable.Engine.Knowledge;

namespace Roundtable.Engine.Tests.Knowledge;

public sealed class KnowledgeRetrieverConcurrencyTests
{
    private const string OtherTenant = "southgate-bank";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SearchAsync_WhileDocumentsAreAddedAndRemoved_ConsistentAndIsolatedResults(bool hybrid)
    {
        var retriever = await RetailBankingCorpus.LoadAsync(new KnowledgeRetriever(embeddingGenerator: hybrid ? new HashingEmbeddingGenerator() : null));
        var questions = RetailBankingCorpus.Questions().Select(row => ((string)row[0], (string)row[1])).ToList();
        using var writersDone = new CancellationTokenSource();

        // Writers churn memos (words no question uses) in both tenants while readers search.
        var writers = Enumerable.Range(0, 2).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 60; i++)
            {
                var tenant = i % 2 == 0 ? RetailBankingCorpus.TenantId : OtherTenant;
                var id = $"memo-{writer}-{i}";
                await retriever.AddAsync(new KnowledgeDocument(id, tenant, $"Stationery memo {i}",
                    $"Quarterly stationery inventory {i} for the printing room: toner, staples and envelopes."));
                if (i % 3 == 0)
                {
                    retriever.Remove(tenant, id);
                }
            }
        })).ToList();
        var readers = Enumerable.Range(0, 4).Select(reader => Task.Run(async () =>
        {
            var searches = 0;
            while (!writersDone.IsCancellationRequested || searches < 50)
            {
                var (question, expected) = questions[(reader + searches) % questions.Count];
                var hits = await retriever.SearchAsync(RetailBankingCorpus.TenantId, question, 5, CancellationToken.None);
                Assert.All(hits, hit => Assert.Equal(RetailBankingCorpus.TenantId, hit.Chunk.TenantId));
                Assert.Equal(hits.OrderByDescending(hit => hit.Score).Select(hit => hit.Score), hits.Select(hit => hit.Score));
                // Memos shift the tenant's statistics mid-run, so ask for the answer among the hits, not first.
                Assert.Contains(hits, hit => hit.Chunk.DocumentId == expected);
                var other = await retriever.SearchAsync(OtherTenant, "stationery toner", 5, CancellationToken.None);
                Assert.All(other, hit => Assert.Equal(OtherTenant, hit.Chunk.TenantId));
                searches++;
            }

            return searches;
        })).ToList();

        await Task.WhenAll(writers);
        await writersDone.CancelAsync();
        var searchCounts = await Task.WhenAll(readers);

        Assert.All(searchCounts, count => Assert.True(count >= 50));
        var memos = await retriever.SearchAsync(OtherTenant, "stationery inventory", 200, CancellationToken.None);
        // Each writer puts its 30 odd-numbered memos in the other tenant and removes the 10 divisible by 3.
        Assert.Equal(2 * (30 - 10), memos.Select(hit => hit.Chunk.DocumentId).Distinct().Count());
    }
}
