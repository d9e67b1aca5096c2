using Xunit.Abstractions;

namespace Roundtable.Server.Tests.Crash;

/// <summary>
/// SPEC §2 "Durable": a <c>kill -9</c> at any moment loses no conversation, duplicates no message,
/// and the cycle resumes. The real server process is killed five times on one database.
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class ShowcaseCrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Server_KilledRepeatedlyOnSqlite_LosesAndDuplicatesNothingAndResumes()
    {
        await using var database = new SqliteCrashDatabase();
        await ProveDurableAsync(database);
    }

    [SkippableFact]
    public async Task Server_KilledRepeatedlyOnPostgres_LosesAndDuplicatesNothingAndResumes()
    {
        var admin = Environment.GetEnvironmentVariable("ROUNDTABLE_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin) && Environment.GetEnvironmentVariable("ROUNDTABLE_REQUIRE_ALL_SUITES") == "1")
        {
            Assert.Fail("ROUNDTABLE_REQUIRE_ALL_SUITES=1 but ROUNDTABLE_TEST_POSTGRES (an admin connection string such as "
                + "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres) is not set.");
        }

        Skip.If(string.IsNullOrWhiteSpace(admin), "ROUNDTABLE_TEST_POSTGRES is not set.");
        await using var database = await PostgresCrashDatabase.CreateAsync(admin!);
        await ProveDurableAsync(database);
    }

    private async Task ProveDurableAsync(CrashDatabase database)
    {
        var scenario = new CrashScenario(database, output);
        var ledger = await scenario.RunAsync();
        var runs = scenario.Runs;

        var violations = ledger.Violations();
        Assert.True(violations.Count == 0, $"{database.Name}: {string.Join(Environment.NewLine, violations)}");

        // Slots are skipped only when the server was down at their start, never because it was busy.
        var skipped = ledger.SlotsSkippedWhileUp(runs, CrashScenario.Defaults, grace: TimeSpan.FromSeconds(2));
        Assert.True(skipped.Count == 0, $"{database.Name}: {string.Join(Environment.NewLine, skipped)}");

        // The kills must have interrupted real work, or the test proves nothing.
        var interrupted = ledger.CompletedAcross([.. runs.Select(r => r.KilledAt)]);
        output.WriteLine($"{database.Name}: {ledger.Conversations.Count} conversations, {ledger.Messages.Count} messages, "
            + $"{interrupted} conversations completed across a kill");
        Assert.True(interrupted > 0, $"{database.Name}: no conversation was running across a kill.");

        // The cycle resumed: every run that was given time published or completed something, and the last one
        // started and completed a conversation of its own.
        foreach (var run in runs.Where(r => r.GivenTimeToProgress))
        {
            Assert.True(run.Progressed, $"{database.Name}: nothing was published or completed in run {run.Number}.");
        }

        var last = runs[^1];
        Assert.True(last.PublishedAfter > last.PublishedBefore, $"{database.Name}: the last run published nothing new.");
        Assert.Contains(ledger.Conversations, c => c.CreatedAt >= last.StartedAt && c.CompletedAt is not null);
    }
}
