using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Conversations;
using Roundtable.Server.Showcase;
using Xunit.Abstractions;

namespace Roundtable.Server.Tests.Crash;

/// <summary>
/// Runs the real server on one database, kills it with SIGKILL at different moments of the cycle,
/// restarts it on the same database each time, and finally lets it complete a conversation it
/// started after the last restart. Every wait polls the database for its effect and is bounded.
/// </summary>
internal sealed class CrashScenario(CrashDatabase database, ITestOutputHelper output)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan EffectTimeout = TimeSpan.FromSeconds(25);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    private readonly List<CrashRun> runs = [];

    /// <summary>The server's Showcase defaults in this test: a conversation every few seconds.</summary>
    public static ShowcaseOptions Defaults { get; } = new()
    {
        InitialDelay = TimeSpan.FromSeconds(1),
        MessageInterval = TimeSpan.FromMilliseconds(400),
        BreakDuration = TimeSpan.FromSeconds(1),
    };

    public IReadOnlyList<CrashRun> Runs => runs;

    public async Task<ShowcaseLedger> RunAsync()
    {
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
            await CrashBusinesses.SeedAsync(db, DateTimeOffset.UtcNow);
        }

        await LiveOnceAsync("the instant after a message was published", givenTimeToProgress: true, async (server, _) =>
        {
            await WaitForAsync(server, "three messages to be published", ledger => ledger.PublishedCount >= 3);
            await WaitForNextPublishAsync(server);
        });

        await LiveOnceAsync("150 ms after start, while it resumes every business", givenTimeToProgress: false, async (_, _) =>
            await Task.Delay(TimeSpan.FromMilliseconds(150)));

        await LiveOnceAsync("730 ms after its first publish", givenTimeToProgress: true, async (server, startedAt) =>
        {
            await WaitForAsync(server, "a message published after the restart", ledger => ledger.PublishedSince(startedAt) > 0);
            await Task.Delay(TimeSpan.FromMilliseconds(730));
        });

        await LiveOnceAsync("the instant after a conversation completed", givenTimeToProgress: true, async (server, startedAt) =>
            await WaitForAsync(server, "a conversation completed after the restart",
                ledger => ledger.Conversations.Any(c => c.CompletedAt >= startedAt)));

        await LiveOnceAsync("after it started and completed a new conversation", givenTimeToProgress: true, async (server, startedAt) =>
            await WaitForAsync(server, "a conversation started after the last restart to complete",
                ledger => ledger.Conversations.Any(c => c.CreatedAt >= startedAt && c.Status == ConversationStatus.Completed)));

        return await ShowcaseLedger.ReadAsync(database);
    }

    private async Task LiveOnceAsync(string killedWhen, bool givenTimeToProgress, Func<ServerProcess, DateTimeOffset, Task> untilKill)
    {
        var before = await ShowcaseLedger.ReadAsync(database);
        var startedAt = DateTimeOffset.UtcNow;
        DateTimeOffset healthyAt;
        using (var server = ServerProcess.Start(ServerEnvironment()))
        {
            await server.WaitUntilHealthyAsync(StartTimeout);
            healthyAt = DateTimeOffset.UtcNow;
            await untilKill(server, startedAt);
            server.KillHard();
        }

        var killedAt = DateTimeOffset.UtcNow;
        var after = await ShowcaseLedger.ReadAsync(database);
        var run = new CrashRun(runs.Count + 1, killedWhen, givenTimeToProgress, startedAt, healthyAt, killedAt,
            before.PublishedCount, after.PublishedCount, after.PublishedSince(startedAt),
            after.Conversations.Count(c => c.CompletedAt >= startedAt), after.Conversations.Count);
        runs.Add(run);
        output.WriteLine($"{database.Name} {run}");
    }

    private async Task WaitForNextPublishAsync(ServerProcess server)
    {
        var seen = (await ShowcaseLedger.ReadAsync(database)).PublishedCount;
        await WaitForAsync(server, "the next message to be published", ledger => ledger.PublishedCount > seen);
    }

    private async Task WaitForAsync(ServerProcess server, string what, Func<ShowcaseLedger, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < EffectTimeout)
        {
            if (done(await ShowcaseLedger.ReadAsync(database)))
            {
                return;
            }

            await Task.Delay(PollInterval);
        }

        throw new TimeoutException($"{database.Name}: waited {EffectTimeout} for {what}.{Environment.NewLine}{server.RecentOutput}");
    }

    private Dictionary<string, string> ServerEnvironment() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Roundtable"] = database.ConnectionString,
        ["Showcase__InitialDelay"] = Defaults.InitialDelay.ToString("c", CultureInfo.InvariantCulture),
        ["Showcase__MessageInterval"] = Defaults.MessageInterval.ToString("c", CultureInfo.InvariantCulture),
        ["Showcase__BreakDuration"] = Defaults.BreakDuration.ToString("c", CultureInfo.InvariantCulture),
        ["Showcase__SeedDemoData"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Roundtable"] = "Information",
    };
}
