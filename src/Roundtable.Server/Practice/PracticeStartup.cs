using Microsoft.Extensions.Options;
using Roundtable.Server.Data;
using Roundtable.Server.Practice.Salespeople;

namespace Roundtable.Server.Practice;

/// <summary>After the database is migrated: seeds the Practice demo workspace once.</summary>
internal sealed class PracticeStartup(IServiceScopeFactory scopes, TimeProvider timeProvider, IOptions<PracticeOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoData)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IRoundtableDbContextFactory>().CreateDbContext();
        await using (db)
        {
            await PracticeDemoData.SeedAsync(db, scope.ServiceProvider.GetRequiredService<MaterialIntake>(), timeProvider, options.Value.DemoApiKey, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
