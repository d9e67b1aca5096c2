using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Roundtable.Server.Data;

namespace Roundtable.Browser.Tests.Support;

/// <summary>
/// The real server on a loopback Kestrel port for the chat page, on the real clock, with the seeded demo
/// assistant. Every hosted provider points at <paramref name="model"/>: OpenAI answers from it, and when it
/// refuses, Anthropic and Gemini fail too and the offline model answers.
/// </summary>
public sealed class ChatServer : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"roundtable-chat-{Guid.NewGuid():N}.db");
    private readonly PacedModelServer model;
    private readonly IReadOnlyDictionary<string, string> settings;

    public ChatServer(PacedModelServer model, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.model = model;
        this.settings = settings ?? new Dictionary<string, string>();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    public Uri BaseAddress { get; }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public RoundtableDbContext CreateDbContext() => Services.GetRequiredService<IRoundtableDbContextFactory>().CreateDbContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Roundtable", $"Data Source={databasePath}");
        builder.UseSetting("Showcase:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Providers:OpenAI:ApiKey", "sk-test");
        builder.UseSetting("Providers:OpenAI:BaseUrl", new Uri(model.BaseUrl, "v1/").ToString());
        builder.UseSetting("Providers:OpenAI:Model", PacedModelServer.Model);
        builder.UseSetting("Providers:Anthropic:ApiKey", "sk-test");
        builder.UseSetting("Providers:Anthropic:BaseUrl", model.BaseUrl.ToString());
        builder.UseSetting("Providers:Gemini:ApiKey", "sk-test");
        builder.UseSetting("Providers:Gemini:BaseUrl", new Uri(model.BaseUrl, "v1beta/openai/").ToString());
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
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
