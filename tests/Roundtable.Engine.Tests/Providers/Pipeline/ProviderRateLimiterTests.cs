using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Engine.Providers;
using Roundtable.Engine.Providers.Pipeline;
using Roundtable.Engine.Tests.Support;

namespace Roundtable.Engine.Tests.Providers.Pipeline;

public sealed class ProviderRateLimiterTests
{
    [Fact]
    public async Task TryAcquireAsync_RequestsPerMinuteSpent_WaitsForTheRefillOnTheClock()
    {
        var time = new FakeTimeProvider();
        await using var limiter = new ProviderRateLimiter(requestsPerMinute: 2, tokensPerMinute: 0, time);

        Assert.True(await limiter.TryAcquireAsync(0, CancellationToken.None));
        Assert.True(await limiter.TryAcquireAsync(0, CancellationToken.None));
        var third = limiter.TryAcquireAsync(0, CancellationToken.None);
        Assert.False(third.IsCompleted);

        // Two a minute refill one permit every 30 seconds.
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(await third.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task TryAcquireAsync_TokenBudgetSpent_WaitsUntilEnoughTokensReturn()
    {
        var time = new FakeTimeProvider();
        await using var limiter = new ProviderRateLimiter(requestsPerMinute: 0, tokensPerMinute: 600, time);

        Assert.True(await limiter.TryAcquireAsync(600, CancellationToken.None));
        var next = limiter.TryAcquireAsync(100, CancellationToken.None);
        Assert.False(next.IsCompleted);

        // 600 a minute refill 10 tokens a second: 100 tokens take 10 seconds.
        time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task GetResponseAsync_BudgetNotAvailableWithinTimeout_FailsWithLocalRateLimit()
    {
        var time = new FakeTimeProvider();
        var inner = new FakeChatClient { OnGetResponse = (_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"))) };
        var settings = new ProviderSettings { Name = "Limited", ApiKey = "k", RequestsPerMinute = 1, Timeout = TimeSpan.FromSeconds(5) };
        using var client = new ProviderRateLimitChatClient(inner, settings, time);

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "one")]);
        var second = client.GetResponseAsync([new ChatMessage(ChatRole.User, "two")]);
        time.Advance(TimeSpan.FromSeconds(5));

        var fault = await Assert.ThrowsAsync<ProviderCallException>(() => second.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(ProviderFaultKind.LocalRateLimit, fault.Kind);
        Assert.Equal(1, inner.Calls);
    }
}
