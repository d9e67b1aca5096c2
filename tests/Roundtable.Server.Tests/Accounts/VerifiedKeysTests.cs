using Microsoft.Extensions.Time.Testing;
using Roundtable.Server.Accounts;

namespace Roundtable.Server.Tests.Accounts;

/// <summary>A matched key is trusted for <see cref="VerifiedKeys.Lifetime"/> on the injected clock, then checked against the database again.</summary>
public sealed class VerifiedKeysTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryGet_RememberedKey_FoundUntilItsLifetimeEnds()
    {
        var keys = new VerifiedKeys(clock);
        var hash = ApiKeys.Hash(ApiKeys.Generate());
        var application = new Application { Id = Guid.NewGuid(), Name = "app", KeyPrefix = "rt_12345678", KeyHash = hash };
        keys.Remember(hash, application);

        clock.Advance(VerifiedKeys.Lifetime - TimeSpan.FromSeconds(1));
        Assert.True(keys.TryGet(hash, out var found));
        Assert.Equal(application.Id, found.Id);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(keys.TryGet(hash, out _));
    }

    [Fact]
    public void TryGet_KeyNeverRemembered_NotFound()
    {
        var keys = new VerifiedKeys(clock);
        var hash = ApiKeys.Hash(ApiKeys.Generate());
        keys.Remember(hash, new Application { Id = Guid.NewGuid(), Name = "app", KeyPrefix = "rt_12345678", KeyHash = hash });

        Assert.False(keys.TryGet(ApiKeys.Hash(ApiKeys.Generate()), out _));
    }
}
