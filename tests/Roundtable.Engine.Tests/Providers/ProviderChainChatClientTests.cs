using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Engine.Providers;
using Roundtable.Engine.Providers.Pipeline;
using Roundtable.Engine.Tests.Support;

namespace Roundtable.Engine.Tests.Providers;

/// <summary>Failover, retries and attribution through the real SDKs against loopback provider servers.</summary>
public sealed class ProviderChainChatClientTests : IAsyncLifetime
{
    private LoopbackProviderServer openAi = null!;
    private LoopbackProviderServer anthropic = null!;

    public async Task InitializeAsync()
    {
        openAi = await LoopbackProviderServer.StartAsync();
        openAi.ReplyText = "OpenAI speaking: pricing first, then crews.";
        anthropic = await LoopbackProviderServer.StartAsync();
        anthropic.ReplyText = "Anthropic speaking: search visibility first.";
    }

    public async Task DisposeAsync()
    {
        await openAi.DisposeAsync();
        await anthropic.DisposeAsync();
    }

    private ProviderRegistry Registry(TimeProvider time, int maxRetries = 0) => new(
    [
        openAi.SettingsFor(KnownProviders.OpenAI) with { MaxRetries = maxRetries, Timeout = TimeSpan.FromSeconds(5) },
        anthropic.SettingsFor(KnownProviders.Anthropic) with { MaxRetries = maxRetries },
        new ProviderSettings { Name = KnownProviders.Perplexity },
    ], time);

    private static readonly ProviderLink[] Chain = [new(KnownProviders.OpenAI), new(KnownProviders.Anthropic)];

    private static List<ChatMessage> Question => [new(ChatRole.System, "You are terse."), new(ChatRole.User, "What first?")];

    [Fact]
    public async Task Streaming_PrimaryFailsBeforeFirstToken_NextProviderAnswersAndIsNamed()
    {
        openAi.EnqueueFault(ProviderFault.Status(500));
        using var registry = Registry(TimeProvider.System);

        var (text, producer) = await Read(registry.CreateChainClient(Chain).GetStreamingResponseAsync(Question));

        Assert.Equal(anthropic.ReplyText, text);
        Assert.Equal(KnownProviders.Anthropic, producer.Provider);
        Assert.False(producer.IsOffline);
        Assert.True(producer.FellBack);
        Assert.Equal("OpenAI: Transient (500)", producer.FallbackReason);
        Assert.True(producer.OutputTokens > 0);
        Assert.NotNull(producer.TimeToFirstToken);
        Assert.Single(openAi.Requests);
        Assert.Single(anthropic.Requests);
    }

    [Fact]
    public async Task Streaming_CutAfterFirstToken_IsAnErrorAndNotReplaced()
    {
        openAi.EnqueueFault(ProviderFault.CutAfterFirstToken);
        using var registry = Registry(TimeProvider.System);
        var received = new List<string>();

        var fault = await Assert.ThrowsAsync<ProviderCallException>(async () =>
        {
            await foreach (var update in registry.CreateChainClient(Chain).GetStreamingResponseAsync(Question))
            {
                received.Add(update.Text);
            }
        });

        Assert.Equal(ProviderFaultKind.Interrupted, fault.Kind);
        Assert.Equal(KnownProviders.OpenAI, fault.Provider);
        Assert.NotEmpty(string.Concat(received));
        Assert.Empty(anthropic.Requests);
        var health = registry.Health().Single(h => h.Name == KnownProviders.OpenAI);
        Assert.Equal("Interrupted", health.Outcomes.LastError);
        Assert.False(health.IsHealthy);
    }

    [Fact]
    public async Task Response_EveryProviderDown_OfflineAnswersAndSaysWhy()
    {
        openAi.EnqueueFault(ProviderFault.MalformedJson);
        anthropic.EnqueueFault(ProviderFault.Status(401));
        using var registry = Registry(TimeProvider.System);

        var response = await registry.CreateChainClient(Chain).GetResponseAsync(Question);

        var producer = MessageProducer.From(response)!;
        Assert.True(producer.IsOffline);
        Assert.Equal("offline", producer.Label);
        Assert.Equal("OpenAI: Malformed; Anthropic: Rejected (401)", producer.FallbackReason);
        Assert.False(string.IsNullOrWhiteSpace(response.Text));
    }

    [Fact]
    public async Task Response_RateLimitedWithRetryAfter_WaitsExactlyThatLongOnTheClock()
    {
        var time = new TimerWatchingTimeProvider();
        openAi.EnqueueFault(ProviderFault.Status(429, TimeSpan.FromSeconds(7)));
        using var registry = Registry(time, maxRetries: 2);

        var pending = registry.CreateChainClient(Chain).GetResponseAsync(Question);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        time.Advance(TimeSpan.FromSeconds(6.999));
        Assert.Single(openAi.Requests);
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        var response = await pending.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, openAi.Requests.Count);
        var producer = MessageProducer.From(response)!;
        Assert.Equal(KnownProviders.OpenAI, producer.Provider);
        Assert.False(producer.FellBack);
        Assert.Equal(openAi.ReplyText, response.Text);
        Assert.Empty(anthropic.Requests);
    }

    [Fact]
    public async Task Response_RetryAfterLongerThanAllowed_FailsOverAtOnce()
    {
        openAi.EnqueueFault(ProviderFault.Status(429, TimeSpan.FromMinutes(10)));
        using var registry = Registry(TimeProvider.System, maxRetries: 2);

        var response = await registry.CreateChainClient(Chain).GetResponseAsync(Question);

        Assert.Equal(KnownProviders.Anthropic, MessageProducer.From(response)!.Provider);
        Assert.Equal("OpenAI: RateLimited (429)", MessageProducer.From(response)!.FallbackReason);
        Assert.Single(openAi.Requests);
    }

    [Fact]
    public async Task Response_Hang_TimesOutOnTheClockAndFailsOver()
    {
        var time = new FakeTimeProvider();
        openAi.EnqueueFault(ProviderFault.Hang);
        using var registry = Registry(time);

        var pending = registry.CreateChainClient(Chain).GetResponseAsync(Question);
        await openAi.WaitForRequestAsync(1);
        time.Advance(TimeSpan.FromSeconds(5));

        var response = await pending.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(KnownProviders.Anthropic, MessageProducer.From(response)!.Provider);
        Assert.Equal("OpenAI: Timeout", MessageProducer.From(response)!.FallbackReason);
    }

    [Fact]
    public async Task Response_AgentModel_GoesToPrimaryOnlyAndCostIsPriced()
    {
        using var registry = new ProviderRegistry(
        [
            openAi.SettingsFor(KnownProviders.OpenAI) with { MaxRetries = 0, InputPricePerMillion = 1_000_000m, OutputPricePerMillion = 0m },
        ], TimeProvider.System);

        var response = await registry.CreateChainClient([new ProviderLink(KnownProviders.OpenAI, "gpt-4o-mini")]).GetResponseAsync(Question);

        Assert.Equal("gpt-4o-mini", openAi.Requests[0].Model);
        var producer = MessageProducer.From(response)!;
        Assert.False(producer.TokensEstimated);
        Assert.Equal(producer.InputTokens, producer.EstimatedCostUsd);
    }

    private static async Task<(string Text, MessageProducer Producer)> Read(IAsyncEnumerable<ChatResponseUpdate> updates)
    {
        var text = "";
        MessageProducer? producer = null;
        await foreach (var update in updates)
        {
            text += update.Text;
            producer ??= MessageProducer.From(update);
        }

        return (text, producer!);
    }
}
