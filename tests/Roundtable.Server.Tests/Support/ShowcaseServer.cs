using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Engine.Providers;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Tests.Support;

/// <summary>
/// The real server on a test database, with a fake clock the test advances and providers read from
/// the test's settings only (a developer's API keys in the environment never reach a test).
/// </summary>
internal sealed class ShowcaseServer(TestDatabase database, FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>Where every test's clock starts: a whole hour, so planned times are easy to read.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    public ShowcaseServer(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
        : this(database, new FakeTimeProvider(Start), settings)
    {
    }

    public FakeTimeProvider Clock { get; } = clock;

    public ShowcaseStateStore States => Services.GetRequiredService<ShowcaseStateStore>();

    /// <summary>Moves the fake clock forward to <paramref name="time"/>, firing whatever falls due.</summary>
    public void AdvanceTo(DateTimeOffset time)
    {
        Assert.True(time >= Clock.GetUtcNow(), $"The clock cannot go back from {Clock.GetUtcNow():O} to {time:O}.");
        Clock.Advance(time - Clock.GetUtcNow());
    }

    /// <summary>Starts the host (if it is not running) and waits until the business shows a state <paramref name="done"/> accepts.</summary>
    public Task<ShowcaseState> WaitForStateAsync(int businessId, Func<ShowcaseState, bool> done, string what)
    {
        StartServer();
        return Eventually.GetAsync(() => States.Get(businessId)!, state => state is not null && done(state), $"business {businessId}: {what}");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Roundtable", database.ConnectionString);
        // Warnings and errors only; the migration probe's expected failure is not one.
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
        });
    }
}
