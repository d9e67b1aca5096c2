namespace Roundtable.Server.Assistant;

/// <summary>
/// One turn at a time per conversation on this node: concurrent sends queue in arrival order
/// (SemaphoreSlim releases async waiters first in, first out); the unique (conversation, number)
/// index guards against a second node. A gate exists only while someone holds or awaits it.
/// </summary>
public sealed class ConversationLocks
{
    private readonly Dictionary<Guid, ConversationGate> gates = [];
    private readonly Lock sync = new();

    public async Task<ConversationLease> AcquireAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        ConversationGate gate;
        lock (sync)
        {
            if (!gates.TryGetValue(conversationId, out gate!))
            {
                gates[conversationId] = gate = new ConversationGate();
            }

            gate.Users++;
        }

        try
        {
            await gate.Turn.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Leave(conversationId, gate);
            throw;
        }

        return new ConversationLease(() =>
        {
            gate.Turn.Release();
            Leave(conversationId, gate);
        });
    }

    /// <summary>Conversations with a turn running or waiting (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (sync)
            {
                return gates.Count;
            }
        }
    }

    private void Leave(Guid conversationId, ConversationGate gate)
    {
        lock (sync)
        {
            if (--gate.Users == 0)
            {
                gates.Remove(conversationId);
                gate.Turn.Dispose();
            }
        }
    }
}
