using Roundtable.Server.Accounts;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Accounts;

/// <summary>Revocation and rotation as stored rows, and finding an application by id or name, on each database.</summary>
public sealed class ApplicationRegistrarTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task RevokeKeyAsync_AlreadyRevoked_FalseAndTheFirstTimeIsKept(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.MigrateAsync();
        await using var db = database.CreateContext();
        var created = await ApplicationRegistrar.CreateAsync(db, "App", Now, CancellationToken.None);

        Assert.True(await ApplicationRegistrar.RevokeKeyAsync(db, created.Application.Id, Now.AddMinutes(1), CancellationToken.None));
        Assert.False(await ApplicationRegistrar.RevokeKeyAsync(db, created.Application.Id, Now.AddMinutes(2), CancellationToken.None));
        Assert.False(await ApplicationRegistrar.RevokeKeyAsync(db, Guid.NewGuid(), Now, CancellationToken.None));

        var stored = Assert.Single(await ApplicationLookup.FindAsync(db, "App", CancellationToken.None));
        Assert.Equal(Now.AddMinutes(1), stored.RevokedAt);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task RotateKeyAsync_ReplacesPrefixAndHashOnlyOfThatApplication(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.MigrateAsync();
        await using var db = database.CreateContext();
        var rotating = await ApplicationRegistrar.CreateAsync(db, "Rotating", Now, CancellationToken.None);
        var bystander = await ApplicationRegistrar.CreateAsync(db, "Bystander", Now, CancellationToken.None);

        var key = Assert.IsType<string>(await ApplicationRegistrar.RotateKeyAsync(db, rotating.Application, CancellationToken.None));

        Assert.NotEqual(rotating.ApiKey, key);
        var stored = Assert.Single(await ApplicationLookup.FindAsync(db, "Rotating", CancellationToken.None));
        Assert.Equal(ApiKeys.PrefixOf(key), stored.KeyPrefix);
        Assert.Equal(ApiKeys.Hash(key), stored.KeyHash);
        Assert.Equal(rotating.Application.Id, stored.Id);
        Assert.Equal(Now, stored.CreatedAt);
        var untouched = Assert.Single(await ApplicationLookup.FindAsync(db, "Bystander", CancellationToken.None));
        Assert.Equal(ApiKeys.Hash(bystander.ApiKey), untouched.KeyHash);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task RotateKeyAsync_KeyChangedSinceItWasRead_IssuesNothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.MigrateAsync();
        await using var db = database.CreateContext();
        await ApplicationRegistrar.CreateAsync(db, "Raced", Now, CancellationToken.None);
        var readByFirst = Assert.Single(await ApplicationLookup.FindAsync(db, "Raced", CancellationToken.None));
        var readBySecond = Assert.Single(await ApplicationLookup.FindAsync(db, "Raced", CancellationToken.None));

        var first = Assert.IsType<string>(await ApplicationRegistrar.RotateKeyAsync(db, readByFirst, CancellationToken.None));
        Assert.Null(await ApplicationRegistrar.RotateKeyAsync(db, readBySecond, CancellationToken.None));

        Assert.Equal(ApiKeys.Hash(first), Assert.Single(await ApplicationLookup.FindAsync(db, "Raced", CancellationToken.None)).KeyHash);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task FindAsync_IdOrName_TheIdsApplicationOrEverySameNamedOneOldestFirst(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await database.MigrateAsync();
        await using var db = database.CreateContext();
        var older = await ApplicationRegistrar.CreateAsync(db, "Twin", Now, CancellationToken.None);
        var newer = await ApplicationRegistrar.CreateAsync(db, "Twin", Now.AddSeconds(1), CancellationToken.None);
        await ApplicationRegistrar.CreateAsync(db, "twin", Now, CancellationToken.None);

        Assert.Equal([older.Application.Id, newer.Application.Id], (await ApplicationLookup.FindAsync(db, " Twin ", CancellationToken.None)).Select(a => a.Id));
        Assert.Equal(newer.Application.Id, Assert.Single(await ApplicationLookup.FindAsync(db, newer.Application.Id.ToString(), CancellationToken.None)).Id);
        Assert.Empty(await ApplicationLookup.FindAsync(db, "Nobody", CancellationToken.None));
        Assert.Empty(await ApplicationLookup.FindAsync(db, Guid.NewGuid().ToString(), CancellationToken.None));
    }
}
