namespace Roundtable.Server.Assistant;

/// <summary>A conversation's turn semaphore and how many callers hold or await it (guarded by <see cref="ConversationLocks"/>).</summary>
internal sealed class ConversationGate
{
    public SemaphoreSlim Turn { get; } = new(1, 1);

    public int Users { get; set; }
}
