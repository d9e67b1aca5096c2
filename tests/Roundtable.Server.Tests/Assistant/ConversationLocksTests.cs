using Roundtable.Server.Assistant;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>Turns of one conversation run one at a time, in arrival order, and idle gates are forgotten.</summary>
public sealed class ConversationLocksTests
{
    private static readonly Guid App = Guid.NewGuid();

    [Fact]
    public async Task AcquireAsync_Waiters_GrantedInArrivalOrderAndGateRemovedWhenIdle()
    {
        var locks = new ConversationLocks();
        var id = Guid.NewGuid();
        var order = new List<int>();
        var first = await locks.AcquireAsync(App, id, CancellationToken.None);
        var waiters = Enumerable.Range(1, 5).Select(i => Waiter(i)).ToList();
        Assert.All(waiters, w => Assert.False(w.IsCompleted));

        first.Dispose();
        await Task.WhenAll(waiters);

        Assert.Equal([1, 2, 3, 4, 5], order);
        Assert.Equal(0, locks.Count);

        async Task Waiter(int number)
        {
            await using var lease = await locks.AcquireAsync(App, id, CancellationToken.None);
            order.Add(number);
            await Task.Yield();
        }
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_DoesNotLeakTheGate()
    {
        var locks = new ConversationLocks();
        var id = Guid.NewGuid();
        var held = await locks.AcquireAsync(App, id, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = locks.AcquireAsync(App, id, cancel.Token);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task AcquireAsync_SameIdFromAnotherApplication_DoesNotWaitBehindTheOwner()
    {
        var locks = new ConversationLocks();
        var id = Guid.NewGuid();
        await using var owner = await locks.AcquireAsync(App, id, CancellationToken.None);

        var stranger = locks.AcquireAsync(Guid.NewGuid(), id, CancellationToken.None);

        Assert.True(stranger.IsCompletedSuccessfully);
        await (await stranger).DisposeAsync();
    }
}
