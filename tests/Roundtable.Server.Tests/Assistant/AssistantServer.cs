using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Engine.Providers;
using Roundtable.Server.Accounts;
using Roundtable.Server.Data;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>
/// The real server on a test database for the Assistant API: Showcase off, a fake clock, providers
/// from the test's settings only (offline model unless a test configures one), no demo data unless asked.
/// </summary>
internal sealed class AssistantServer(
    string connectionString, IReadOnlyDictionary<string, string?>? settings = null, Func<HttpMessageHandler>? providerTransport = null,
    Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>? embeddings = null)
    : WebApplicationFactory<Program>
{
    public AssistantServer(
        TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, Func<HttpMessageHandler>? providerTransport = null,
        Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>? embeddings = null)
        : this(database.ConnectionString, settings, providerTransport, embeddings)
    {
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));

    /// <summary>Creates an application and a client that authenticates as it.</summary>
    public async Task<HttpClient> CreateApplicationClientAsync(string name)
    {
        var key = await CreateApplicationAsync(name);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public async Task<string> CreateApplicationAsync(string name)
    {
        await using var db = Services.GetRequiredService<IRoundtableDbContextFactory>().CreateDbContext();
        var created = await ApplicationRegistrar.CreateAsync(db, name, Clock.GetUtcNow(), CancellationToken.None);
        return created.ApiKey;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Roundtable", connectionString);
        builder.UseSetting("Showcase:Enabled", "false");
        builder.UseSetting("Showcase:SeedDemoData", "false");
        builder.UseSetting("Assistant:SeedDemoData", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IReadOnlyList<ProviderSettings>>(sp => ProviderCatalog.Load(sp.GetRequiredService<IConfiguration>(), _ => null));
            if (embeddings is not null)
            {
                services.AddSingleton(embeddings);
            }

            if (providerTransport is not null)
            {
                services.AddSingleton(sp => new ProviderRegistry(
                    sp.GetRequiredService<IReadOnlyList<ProviderSettings>>(), sp.GetRequiredService<TimeProvider>(), providerTransport));
            }
        });
    }
}
