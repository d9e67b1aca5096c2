using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Server.Data;

namespace Roundtable.Browser.Tests.Support;

/// <summary>
/// The real server on a loopback Kestrel port (a browser cannot reach an in-memory TestServer), with its
/// own SQLite file and a fake clock that the test advances to move the Showcase schedule.
/// </summary>
public sealed class ShowcaseServer : WebApplicationFactory<Program>
{
    public const int InitialDelaySeconds = 30;

    public const int MessageIntervalSeconds = 10;

    /// <summary>Far from the real date on purpose: the page must count down on the server's clock, not the browser's.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"roundtable-browser-{Guid.NewGuid():N}.db");
    private readonly bool schedulerEnabled;

    public ShowcaseServer(bool schedulerEnabled = true)
    {
        this.schedulerEnabled = schedulerEnabled;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public Uri BaseAddress { get; }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public RoundtableDbContext CreateDbContext() => Services.GetRequiredService<IRoundtableDbContextFactory>().CreateDbContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Roundtable", $"Data Source={databasePath}");
        builder.UseSetting("Showcase:Enabled", schedulerEnabled ? "true" : "false");
        builder.UseSetting("Showcase:InitialDelay", TimeSpan.FromSeconds(InitialDelaySeconds).ToString());
        builder.UseSetting("Showcase:MessageInterval", TimeSpan.FromSeconds(MessageIntervalSeconds).ToString());
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }
    }
}
