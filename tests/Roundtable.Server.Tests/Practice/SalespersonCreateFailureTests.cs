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
    public async Task Create_IndexingTheSecondMaterialFails_RemovesTheFirstMaterialsBlobAndIndexEntries(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        string? folderAtFailure = null;
        var embeddings = new MarkerFailingEmbeddingGenerator(IndexingFails,
            atFailure: () => folderAtFailure = Directory.GetDirectories(Path.Combine(blobs, "materials")).Single());
        await using var server = new AssistantServer(database, Settings(), embeddings: embeddings);
        using var http = await server.CreateApplicationClientAsync("Sales team");

        using var form = PracticeHttp.SalespersonForm("LedgerFlow", "Accounts-payable automation.",
            ("pricing.txt", PracticeHttp.Text(Pricing)), ("faq.txt", PracticeHttp.Text($"{IndexingFails} Onboarding takes four weeks.")));
        using var response = await http.PostAsync("/api/salesperson/create", form);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        // When indexing failed, both originals were in the blob store and the first was in the index.
        Assert.NotNull(folderAtFailure);
        var salespersonId = Guid.ParseExact(Path.GetFileName(folderAtFailure), "N");
        AssertNoBlobFiles();
        await AssertNothingStoredAsync(database);
        var hits = await server.Services.GetRequiredService<KnowledgeBase>().SearchAsync(
            await ApplicationIdAsync(database), SalespersonMaterials.ScopeOf(salespersonId), "Scale plan pricing per month", 5, CancellationToken.None);
        Assert.Empty(hits);
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

    private static async Task<Guid> ApplicationIdAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Applications.Where(a => a.Name == "Sales team").Select(a => a.Id).SingleAsync();
    }
}
