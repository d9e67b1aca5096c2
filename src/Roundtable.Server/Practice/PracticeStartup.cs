using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Roundtable.Server.Data;
using Roundtable.Server.Practice.Meetings;
using Roundtable.Server.Practice.Salespeople;

namespace Roundtable.Server.Practice;

/// <summary>After the database is migrated: seeds the Practice demo workspace once, and sets the end timers of active meetings.</summary>
internal sealed class PracticeStartup(IServiceScopeFactory scopes, MeetingTimers timers, TimeProvider timeProvider, IOptions<PracticeOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IRoundtableDbContextFactory>().CreateDbContext();
        await using (db)
        {
            if (options.Value.SeedDemoData)
            {
                await PracticeDemoData.SeedAsync(db, scope.ServiceProvider.GetRequiredService<MaterialIntake>(), timeProvider, options.Value.DemoApiKey, cancellationToken);
            }

            await foreach (var meeting in db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Active).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                timers.Schedule(meeting);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
