namespace Roundtable.Server.Assistant;

/// <summary>
/// One turn at a time per conversation on this node: concurrent sends queue in arrival order
/// (SemaphoreSlim releases async waiters first in, first out); the unique (conversation, number)
/// index guards against a second node. A gate exists only while someone holds or awaits it.
/// </summary>
/// <remarks>
/// Gates are keyed by application as well as conversation: a caller takes the gate before it knows
/// whether the conversation is its own, and must not wait behind (and so learn of) another
/// application's turn.
/// </remarks>
public sealed class ConversationLocks
{
    private readonly Dictionary<(Guid ApplicationId, Guid ConversationId), ConversationGate> gates = [];
    private readonly Lock sync = new();

    public async Task<ConversationLease> AcquireAsync(Guid applicationId, Guid conversationId, CancellationToken cancellationToken)
    {
        var key = (applicationId, conversationId);
        ConversationGate gate;
        lock (sync)
        {
            if (!gates.TryGetValue(key, out gate!))
            {
                gates[key] = gate = new ConversationGate();
            }

            gate.Users++;
        }

        try
        {
            await gate.Turn.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Leave(key, gate);
            throw;
        }

        return new ConversationLease(() =>
        {
            gate.Turn.Release();
            Leave(key, gate);
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

    /// <summary>Callers holding or awaiting a gate, across all conversations (for tests and diagnostics).</summary>
    public int Callers
    {
        get
        {
            lock (sync)
            {
                return gates.Values.Sum(g => g.Users);
            }
        }
    }

    private void Leave((Guid, Guid) key, ConversationGate gate)
    {
        lock (sync)
        {
            if (--gate.Users == 0)
            {
                gates.Remove(key);
                gate.Turn.Dispose();
            }
        }
    }
}
