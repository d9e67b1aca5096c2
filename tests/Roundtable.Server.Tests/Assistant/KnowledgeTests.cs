using System.Net;
using System.Net.Http.Json;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>Documents are stored and chunked, found by BM25 after a restart, and ground RAG answers with citations.</summary>
public sealed class KnowledgeTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Search_AfterRestart_FindsStoredChunks(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        string key;
        string documentId;
        await using (var first = new AssistantServer(database))
        {
            key = await first.CreateApplicationAsync("app");
            using var http = first.CreateClient();
            http.DefaultRequestHeaders.Authorization = new("Bearer", key);
            using var added = await http.PostAsJsonAsync("/v1/knowledge/documents", new
            {
                title = "Wire transfers",
                content = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Paragraph {i} talks about ordinary banking matters.")) +
                    "\n\nInternational wire transfers cost $25 and arrive within two business days.",
                category = "fees",
                metadata = new { source = "fees.pdf" },
            });
            var document = await AssistantHttp.ReadAsync(added, HttpStatusCode.Created);
            documentId = document.GetProperty("id").GetString()!;
            Assert.True(document.GetProperty("chunks").GetInt32() >= 1);
        }

        await using var second = new AssistantServer(database);
        using var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        using var search = await client.PostAsJsonAsync("/v1/knowledge/search", new { query = "international wire transfer cost", top_k = 2 });
        var result = await AssistantHttp.ReadAsync(search, HttpStatusCode.OK);

        Assert.Equal("keyword", result.GetProperty("mode").GetString());
        var best = result.GetProperty("results")[0];
        Assert.Equal(documentId, best.GetProperty("document_id").GetString());
        Assert.Contains("$25", best.GetProperty("excerpt").GetString());
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_EnableRagWithDemoData_AnswerGroundedAndCitesDocuments(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database, new Dictionary<string, string?>
        {
            ["Assistant:SeedDemoData"] = "true",
            ["Assistant:DemoApiKey"] = "rt_demo-key-for-tests-0123456789",
        });
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", "rt_demo-key-for-tests-0123456789");
        var conversation = await http.CreateConversationAsync(new
        {
            user_id = "customer-7",
            config = new
            {
                enable_rag = true,
                prompt = "retail-banking-assistant",
                prompt_variables = new { bank_name = "Example Bank", services = "checking, savings and loans", customer_tier = "standard", available_services = "account questions and products" },
            },
        });

        var answer = await http.SendAsync(conversation.GetProperty("id").GetString()!, "What is the minimum deposit to open a savings account?");

        var citations = answer.GetProperty("citations").EnumerateArray().ToList();
        Assert.Contains(citations, c => c.GetProperty("title").GetString() == "Savings Account Information");
        Assert.All(citations, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("excerpt").GetString())));
        Assert.Contains("$100", answer.GetProperty("content").GetString());
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Search_WithEmbeddingGenerator_HybridFindsSynonymKeywordsMiss(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database, embeddings: new FakeEmbeddingGenerator());
        using var http = await server.CreateApplicationClientAsync("app");
        foreach (var (title, content) in new[] { ("Card fees", "A replacement debit card has a fee of $10."), ("Branch hours", "Branches open at nine on weekdays.") })
        {
            using var added = await http.PostAsJsonAsync("/v1/knowledge/documents", new { title, content });
            await AssistantHttp.ReadAsync(added, HttpStatusCode.Created);
        }

        using var search = await http.PostAsJsonAsync("/v1/knowledge/search", new { query = "what is the price", top_k = 1 });
        var result = await AssistantHttp.ReadAsync(search, HttpStatusCode.OK);

        Assert.Equal("hybrid", result.GetProperty("mode").GetString());
        var best = Assert.Single(result.GetProperty("results").EnumerateArray());
        Assert.Equal("Card fees", best.GetProperty("title").GetString());
        Assert.Equal("vector", best.GetProperty("matched_by").GetString());
    }
}
