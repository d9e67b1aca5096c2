using Roundtable.Server.Tests.Assistant;
using Roundtable.Server.Tests.Practice.Materials;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Practice;

/// <summary>
/// A server on a test database with one application's Practice workspace: a salesperson with a PDF,
/// a company with a CFO (Maria Lopez), a CEO (John Carter) and a CTO (Priya Shah).
/// </summary>
internal sealed class PracticeWorkspaceFixture : IAsyncDisposable
{
    private readonly string blobs = Path.Combine(Path.GetTempPath(), "roundtable-practice-" + Guid.NewGuid().ToString("N"));

    private PracticeWorkspaceFixture(TestDatabase database, IReadOnlyDictionary<string, string?>? settings)
    {
        Database = database;
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Practice:SeedDemoData"] = "false",
            ["Storage:LocalFolder"] = blobs,
        };
        Server = new AssistantServer(database, all);
    }

    public TestDatabase Database { get; }

    /// <summary>The workspace application's API key (for clients other than <see cref="Client"/>, e.g. SignalR).</summary>
    public string Key { get; private set; } = "";

    public AssistantServer Server { get; }

    public HttpClient Client { get; private set; } = null!;

    public string SalespersonId { get; private set; } = "";

    public string CompanyId { get; private set; } = "";

    public string Maria { get; private set; } = "";

    public string John { get; private set; } = "";

    public string Priya { get; private set; } = "";

    public static async Task<PracticeWorkspaceFixture> CreateAsync(DatabaseKind kind, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var fixture = new PracticeWorkspaceFixture(await TestDatabase.CreateAsync(kind), settings);
        fixture.Key = await fixture.Server.CreateApplicationAsync("Sales team");
        fixture.Client = fixture.Server.CreateClient();
        fixture.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fixture.Key);
        fixture.SalespersonId = await fixture.Client.CreateSalespersonAsync(("pricing.pdf", SamplePdf.WithPages(
            "LedgerFlow pricing: the Scale plan costs $2,900 per month for up to 10,000 invoices.",
            "Implementation is a fixed $6,500 and customers are live in four weeks.")));
        fixture.CompanyId = await fixture.Client.CreateCompanyAsync();
        fixture.Maria = await fixture.Client.AddRepresentativeAsync(fixture.CompanyId, "Maria Lopez", "cfo", "analytical", "cold_hearted");
        fixture.John = await fixture.Client.AddRepresentativeAsync(fixture.CompanyId, "John Carter", "ceo", "arrogant");
        fixture.Priya = await fixture.Client.AddRepresentativeAsync(fixture.CompanyId, "Priya Shah", "cto", "nice");
        return fixture;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(blobs))
        {
            Directory.Delete(blobs, recursive: true);
        }
    }
}
