using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Server.Knowledge;
using Roundtable.Server.Practice.Salespeople;
using Roundtable.Server.Tests.Assistant;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Practice;

/// <summary>
/// A salesperson create is all or nothing: when it fails, no salesperson row, no material blob and
/// no knowledge document, chunk or index entry of its scope is left behind.
/// </summary>
public sealed class SalespersonCreateFailureTests : IDisposable
{
    private const string Pricing = "LedgerFlow pricing: the Scale plan costs $2,900 per month for up to 10,000 invoices.";
    private const string IndexingFails = "[embeddings down]";

    private readonly string blobs = Path.Combine(Path.GetTempPath(), "roundtable-practice-" + Guid.NewGuid().ToString("N"));

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Create_IndexingTheSecondMaterialFails_RemovesTheBlobsAndNeverMakesTheFirstSearchable(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        AssistantServer? server = null;
        string? folderAtFailure = null;
        int? blobsAtFailure = null;
        int? hitsAtFailure = null;
        var embeddings = new MarkerFailingEmbeddingGenerator(IndexingFails, atFailure: async () =>
        {
            folderAtFailure = Directory.GetDirectories(Path.Combine(blobs, "materials")).Single();
            blobsAtFailure = Directory.GetFiles(folderAtFailure).Length;
            hitsAtFailure = (await SearchPricingAsync(server!, database, folderAtFailure)).Count;
        });
        await using (server = new AssistantServer(database, Settings(), embeddings: embeddings))
        {
            using var http = await server.CreateApplicationClientAsync("Sales team");

            using var form = PracticeHttp.SalespersonForm("LedgerFlow", "Accounts-payable automation.",
                ("pricing.txt", PracticeHttp.Text(Pricing)), ("faq.txt", PracticeHttp.Text($"{IndexingFails} Onboarding takes four weeks.")));
            using var response = await http.PostAsync("/api/salesperson/create", form);

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            // When embedding the second failed, both originals were in the blob store and the first was
            // embedded, but not searchable: text is published only after its rows are committed.
            Assert.NotNull(folderAtFailure);
            Assert.Equal(2, blobsAtFailure);
            Assert.Equal(0, hitsAtFailure);
            AssertNoBlobFiles();
            await AssertNothingStoredAsync(database);
            Assert.Empty(await SearchPricingAsync(server, database, folderAtFailure));
        }
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Create_Succeeds_MaterialIsSearchableAfterwards(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database, Settings(), embeddings: new FakeEmbeddingGenerator());
        using var http = await server.CreateApplicationClientAsync("Sales team");

        await http.CreateSalespersonAsync(("pricing.txt", PracticeHttp.Text(Pricing)));

        var folder = Directory.GetDirectories(Path.Combine(blobs, "materials")).Single();
        var hit = Assert.Single(await SearchPricingAsync(server, database, folder));
        Assert.Contains("$2,900 per month", hit.Chunk.Text, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Create_SecondMaterialIsRefused_StoresNothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database, Settings());
        using var http = await server.CreateApplicationClientAsync("Sales team");
        byte[] program = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. new byte[200]];

        using var form = PracticeHttp.SalespersonForm("LedgerFlow", "Accounts-payable automation.",
            ("pricing.txt", PracticeHttp.Text(Pricing)), ("deck.pdf", program));
        using var response = await http.PostAsync("/api/salesperson/create", form);

        await AssistantHttp.AssertProblemAsync(response, HttpStatusCode.BadRequest, "a program named .pdf after a good material");
        AssertNoBlobFiles();
        await AssertNothingStoredAsync(database);
    }

    public void Dispose()
    {
        if (Directory.Exists(blobs))
        {
            Directory.Delete(blobs, recursive: true);
        }
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Practice:SeedDemoData"] = "false",
        ["Storage:LocalFolder"] = blobs,
    };

    private void AssertNoBlobFiles() =>
        Assert.Empty(Directory.Exists(blobs) ? Directory.EnumerateFiles(blobs, "*", SearchOption.AllDirectories) : []);

    private static async Task AssertNothingStoredAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Salespeople.CountAsync());
        Assert.Equal(0, await db.SalespersonMaterials.CountAsync());
        Assert.Equal(0, await db.KnowledgeDocuments.CountAsync(d => d.Scope != null && d.Scope.StartsWith("salesperson:")));
        Assert.Equal(0, await db.KnowledgeChunks.CountAsync());
    }

    /// <summary>Searches the materials of the salesperson whose blob folder is <paramref name="folder"/>.</summary>
    private static async Task<IReadOnlyList<Roundtable.Engine.Knowledge.KnowledgeHit>> SearchPricingAsync(AssistantServer server, TestDatabase database, string folder) =>
        await server.Services.GetRequiredService<KnowledgeBase>().SearchAsync(await ApplicationIdAsync(database),
            SalespersonMaterials.ScopeOf(Guid.ParseExact(Path.GetFileName(folder), "N")), "Scale plan pricing per month", 5, CancellationToken.None);

    private static async Task<Guid> ApplicationIdAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Applications.Where(a => a.Name == "Sales team").Select(a => a.Id).SingleAsync();
    }
}
