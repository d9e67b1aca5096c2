namespace Roundtable.Server.Assistant;

/// <summary>Holds a conversation's turn; releasing twice is harmless.</summary>
public sealed class ConversationLease(Action release) : IDisposable, IAsyncDisposable
{
    private int released;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref released, 1) == 0)
        {
            release();
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
