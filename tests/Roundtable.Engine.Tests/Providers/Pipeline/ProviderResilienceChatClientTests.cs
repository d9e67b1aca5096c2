using System.Net;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Engine.Providers;
using Roundtable.Engine.Providers.Pipeline;
using Roundtable.Engine.Tests.Support;

namespace Roundtable.Engine.Tests.Providers.Pipeline;

public sealed class ProviderResilienceChatClientTests
{
    private static readonly ProviderSettings Settings = new()
    {
        Name = "Test",
        ApiKey = "k",
        Timeout = TimeSpan.FromSeconds(10),
        MaxRetries = 2,
        CircuitMinimumThroughput = 2,
        CircuitFailureRatio = 0.5,
    };

    [Fact]
    public async Task GetResponseAsync_TimeoutThenSuccess_RetriesAndAnswers()
    {
        var time = new FakeTimeProvider();
        var calls = 0;
        var inner = new FakeChatClient
        {
            OnGetResponse = async (_, _, token) =>
            {
                if (++calls == 1)
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, token);
                }

                return new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"));
            },
        };
        using var client = new ProviderResilienceChatClient(inner, Settings with { RetryBaseDelay = TimeSpan.Zero }, time);

        var pending = client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);
        await WaitUntil(() => calls == 1);
        time.Advance(TimeSpan.FromSeconds(9.999));
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal("ok", (await pending).Text);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task GetResponseAsync_Rejected_NotRetried()
    {
        var inner = new FakeChatClient
        {
            OnGetResponse = (_, _, _) => throw new ProviderCallException("Test", ProviderFaultKind.Rejected, "bad request", statusCode: HttpStatusCode.BadRequest),
        };
        using var client = new ProviderResilienceChatClient(inner, Settings, new FakeTimeProvider());

        var fault = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));

        Assert.Equal(ProviderFaultKind.Rejected, fault.Kind);
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task GetResponseAsync_RepeatedFailures_OpenTheCircuit()
    {
        var inner = new FakeChatClient
        {
            OnGetResponse = (_, _, _) => throw new ProviderCallException("Test", ProviderFaultKind.Malformed, "garbage"),
        };
        using var client = new ProviderResilienceChatClient(inner, Settings with { MaxRetries = 0 }, new FakeTimeProvider());

        await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "1")]));
        await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "2")]));
        var third = await Assert.ThrowsAsync<ProviderCallException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "3")]));

        Assert.Equal(ProviderFaultKind.CircuitOpen, third.Kind);
        Assert.Equal(2, inner.Calls);
        Assert.Equal(Polly.CircuitBreaker.CircuitState.Open, client.CircuitState.CircuitState);
    }

    [Fact]
    public async Task GetStreamingResponseAsync_FailureAfterFirstToken_IsInterruptedAndNotRetried()
    {
        var inner = new FakeChatClient { OnGetStreamingResponse = (_, _, token) => BreakAfterFirst(token) };
        using var client = new ProviderResilienceChatClient(inner, Settings, new FakeTimeProvider());
        var received = new List<string>();

        var fault = await Assert.ThrowsAsync<ProviderCallException>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")]))
            {
                received.Add(update.Text);
            }
        });

        Assert.Equal(ProviderFaultKind.Interrupted, fault.Kind);
        Assert.Equal(["First"], received);
        Assert.Equal(1, inner.Calls);
    }

    private static async IAsyncEnumerable<ChatResponseUpdate> BreakAfterFirst([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token)
    {
        await Task.Yield();
        yield return new ChatResponseUpdate(ChatRole.Assistant, "First");
        await Task.Yield();
        throw new IOException("connection reset");
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(2);
        }

        Assert.True(condition());
    }
}
