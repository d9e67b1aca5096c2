namespace Roundtable.Server.Tests.Support;

/// <summary>
/// The Redis server <see cref="RedisVariable"/> points at (host:port), as the SignalR backplane of
/// test servers. Each call gets a channel prefix of its own, so tests sharing the Redis never hear
/// each other's groups. Without the variable the test is skipped, unless
/// <see cref="TestDatabase.RequireAllVariable"/> is 1, in which case it fails.
/// </summary>
internal static class TestRedis
{
    public const string RedisVariable = "ROUNDTABLE_TEST_REDIS";

    /// <summary>Server settings that put a node on the test Redis under a fresh channel prefix; give every node of one test the same ones.</summary>
    public static Dictionary<string, string?> BackplaneSettings()
    {
        var redis = Environment.GetEnvironmentVariable(RedisVariable);
        if (string.IsNullOrWhiteSpace(redis))
        {
            if (Environment.GetEnvironmentVariable(TestDatabase.RequireAllVariable) == "1")
            {
                Assert.Fail($"{TestDatabase.RequireAllVariable}=1 requires the Redis suite, but {RedisVariable} is not set. " +
                    "Set it to a Redis server's host:port, e.g. 127.0.0.1:6379.");
            }

            Skip.If(true, $"{RedisVariable} is not set; the Redis backplane suite is skipped.");
        }

        return new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = redis,
            ["Redis:ChannelPrefix"] = $"roundtable-test-{Guid.NewGuid():N}",
        };
    }
}
