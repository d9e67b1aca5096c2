using System.Diagnostics;
using System.Net.Http.Headers;
using Roundtable.Server.Accounts;

namespace Roundtable.Bench.Overhead;

/// <summary>
/// The real server as a child process on a fresh SQLite file, with the zero-latency model in this
/// process as its only provider, and an application key to call it with: what an overhead bench measures.
/// </summary>
internal sealed class ZeroLatencyServer : IAsyncDisposable
{
    public const string Hosting = "child process (the Release server binary via BenchServer), loopback HTTP; "
        + "the client and the zero-latency model share the bench process";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly BenchDatabase database;

    private ZeroLatencyServer(ZeroLatencyModel model, BenchDatabase database, BenchServer server)
    {
        Model = model;
        this.database = database;
        Server = server;
    }

    public ZeroLatencyModel Model { get; }

    public BenchServer Server { get; }

    public double StartupSeconds { get; private set; }

    public string ApiKey { get; private set; } = "";

    /// <summary>
    /// Starts the model, the database and the server, waits until the server is healthy and registers an
    /// application. <paramref name="settings"/> are the bench's own, on top of those that make the model the provider.
    /// </summary>
    public static async Task<ZeroLatencyServer> StartAsync(string applicationName, string logLevel, IReadOnlyDictionary<string, string> settings)
    {
        var model = await ZeroLatencyModel.StartAsync();
        BenchDatabase? database = null;
        BenchServer? server = null;
        try
        {
            database = await BenchDatabase.CreateAsync("sqlite");
            server = BenchServer.Start(Environment(database, model, logLevel, settings));
            var started = new ZeroLatencyServer(model, database, server);
            await started.WaitAndRegisterAsync(applicationName);
            return started;
        }
        catch
        {
            server?.Dispose();
            if (database is not null)
            {
                await database.DisposeAsync();
            }

            await model.DisposeAsync();
            throw;
        }
    }

    /// <summary>An HTTP client for the server's API with the application key, with as many connections as the virtual users need.</summary>
    public HttpClient CreateHttpClient()
    {
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        var http = new HttpClient(handler) { BaseAddress = Server.Address, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        Server.Dispose();
        await database.DisposeAsync();
        await Model.DisposeAsync();
    }

    private async Task WaitAndRegisterAsync(string applicationName)
    {
        var clock = Stopwatch.StartNew();
        await Server.WaitUntilHealthyAsync(StartTimeout);
        StartupSeconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  server healthy after {StartupSeconds:F1} s; model at {Model.BaseUrl}");
        await using var db = database.CreateContext();
        ApiKey = (await ApplicationRegistrar.CreateAsync(db, applicationName, DateTimeOffset.UtcNow, CancellationToken.None)).ApiKey;
    }

    private static Dictionary<string, string> Environment(
        BenchDatabase database, ZeroLatencyModel model, string logLevel, IReadOnlyDictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Roundtable"] = database.ConnectionString,
            ["Showcase__Enabled"] = "false",
            ["Showcase__SeedDemoData"] = "false",
            ["Assistant__SeedDemoData"] = "false",
            ["Assistant__ProviderChain__0"] = "Bench",
            ["Providers__Bench__Kind"] = "OpenAICompatible",
            ["Providers__Bench__BaseUrl"] = model.BaseUrl.ToString().TrimEnd('/'),
            ["Providers__Bench__Model"] = "zero",
            ["Logging__LogLevel__Default"] = logLevel,
        };
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }

        return environment;
    }
}
