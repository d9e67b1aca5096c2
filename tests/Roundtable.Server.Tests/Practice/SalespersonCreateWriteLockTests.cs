using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Server.Knowledge;
using Roundtable.Server.Practice.Salespeople;
using Roundtable.Server.Tests.Assistant;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Practice;

/// <summary>
/// A salesperson create does not hold SQLite's one write lock while it waits for the embeddings
/// service: other writers of the same database go on meanwhile. SQLite only, since the single
/// write lock is SQLite's; PostgreSQL's row locks would not block an unrelated insert anyway.
/// </summary>
public sealed class SalespersonCreateWriteLockTests : IAsyncDisposable
{
    // Far beyond a company insert, short of what a writer waits for the lock before giving up
    // (busy_timeout, then the driver's command timeout), so an old-style create fails this, not hangs it.
    private static readonly TimeSpan WriteBound = TimeSpan.FromSeconds(20);

    private readonly string blobs = Path.Combine(Path.GetTempPath(), "roundtable-practice-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Create_WhileEmbeddingsAreAwaited_AnotherWriteToTheDatabaseCompletes()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var embeddings = await GatedEmbeddingsServer.StartAsync();
        var settings = new Dictionary<string, string?>(embeddings.Settings)
        {
            ["Practice:SeedDemoData"] = "false",
            ["Storage:LocalFolder"] = blobs,
        };
        await using var server = new AssistantServer(database, settings);
        using var http = await server.CreateApplicationClientAsync("Sales team");
        using var form = PracticeHttp.SalespersonForm("LedgerFlow", "Accounts-payable automation.",
            ("pricing.txt", PracticeHttp.Text("LedgerFlow pricing: the Scale plan costs $2,900 per month.")));

        var create = http.PostAsync("/api/salesperson/create", form);
        try
        {
            await embeddings.FirstRequest.WaitAsync(WriteBound);
            var companyCreate = http.CreateCompanyAsync();
            var firstDone = await Task.WhenAny(companyCreate, create, Task.Delay(WriteBound));

            Assert.True(firstDone == companyCreate, "The company create did not finish while the salesperson create waited for embeddings.");
            await companyCreate;
        }
        finally
        {
            embeddings.Release();
        }

        using var created = await create.WaitAsync(WriteBound);
        var id = (await PracticeHttp.DataAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await using var db = database.CreateContext();
        var applicationId = await db.Salespeople.Where(s => s.Id == id).Select(s => s.ApplicationId).SingleAsync();
        Assert.Equal(1, await db.SalespersonMaterials.CountAsync(m => m.SalespersonId == id));
        var hits = await server.Services.GetRequiredService<KnowledgeBase>().SearchAsync(
            applicationId, SalespersonMaterials.ScopeOf(id), "Scale plan price per month", 5, CancellationToken.None);
        Assert.Contains("$2,900", Assert.Single(hits).Chunk.Text, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(blobs))
        {
            Directory.Delete(blobs, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
