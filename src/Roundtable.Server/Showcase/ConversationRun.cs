using Roundtable.Engine.Pacing;
using Roundtable.Server.Conversations;

namespace Roundtable.Server.Showcase;

/// <summary>
/// A Showcase conversation as the scheduler keeps it in memory: its plan, how many of its messages
/// are public, and the messages written but not yet public (with their text, to announce them).
/// Before its slot starts it is a draft: messages are generated ahead but kept here, and stored
/// together with the conversation when it starts. Published text is not kept; the database has it.
/// </summary>
public sealed class ConversationRun(Business business, ConversationPlan plan, string topic, long seed)
{
    // Guards the id, the count and the list: the scheduler and the look-ahead both touch them.
    private readonly Lock sync = new();
    private readonly List<ConversationMessage> unpublished = [];

    public Business Business { get; } = business;

    public ConversationPlan Plan { get; } = plan;

    public string Topic { get; } = topic;

    public long Seed { get; } = seed;

    /// <summary>Serialises generation, so a message is never written twice and always after the previous one.</summary>
    public SemaphoreSlim WritingGate { get; } = new(1, 1);

    /// <summary>The stored conversation's id; null while this is a draft.</summary>
    public int? ConversationId { get; private set; }

    public int Published { get; private set; }

    public int Written => Published + unpublished.Count;

    /// <summary>The look-ahead has been asked to write up to this message (guarded by the look-ahead).</summary>
    public int LookaheadUpTo { get; set; }

    /// <summary>The slot passed without this draft starting (skipped, or no credit): nothing more is written for it.</summary>
    public bool Abandoned { get; set; }

    public static ConversationRun Draft(Business business, ConversationPlan plan) =>
        new(business, plan, TopicPicker.For(business, plan.Index), SeedFor(business.Id, plan.Index));

    /// <summary>A stable seed per business and slot, so the same conversation can be written again identically.</summary>
    public static long SeedFor(int businessId, int index) => (long)businessId * 1_000_003 + index;

    /// <summary>The conversation as stored, resumed after a restart: <paramref name="published"/> public, then <paramref name="pending"/>.</summary>
    public static ConversationRun Resume(Business business, ConversationPlan plan, Conversation conversation, int published,
        IEnumerable<ConversationMessage> pending)
    {
        var run = new ConversationRun(business, plan, conversation.Topic ?? "", conversation.Seed) { ConversationId = conversation.Id, Published = published };
        run.unpublished.AddRange(pending.OrderBy(m => m.MessageNumber));
        return run;
    }

    /// <summary>Written messages not yet public, in order (a copy).</summary>
    public IReadOnlyList<ConversationMessage> Unpublished()
    {
        lock (sync)
        {
            return [.. unpublished];
        }
    }

    /// <summary>
    /// Keeps the next written message as a draft while the conversation is not stored yet (true);
    /// false when it is stored, and the message must be stored before <see cref="AddStored"/>.
    /// </summary>
    public bool TryAddDraft(ConversationMessage message)
    {
        lock (sync)
        {
            if (ConversationId is not null)
            {
                return false;
            }

            Append(message);
            return true;
        }
    }

    /// <summary>Adds the next message, stored.</summary>
    public void AddStored(ConversationMessage message)
    {
        lock (sync)
        {
            Append(message);
        }
    }

    /// <summary>How many messages are public, and the written rest, seen at one instant.</summary>
    public (int Published, IReadOnlyList<ConversationMessage> Unpublished) Snapshot()
    {
        lock (sync)
        {
            return (Published, [.. unpublished]);
        }
    }

    /// <summary>The conversation was stored with the drafts it was given; drafts written since still need storing.</summary>
    public IReadOnlyList<ConversationMessage> Started(int conversationId, IReadOnlyList<ConversationMessage> stored)
    {
        lock (sync)
        {
            ConversationId = conversationId;
            for (var i = 0; i < stored.Count; i++)
            {
                unpublished[i] = stored[i];
            }

            return [.. unpublished.Skip(stored.Count)];
        }
    }

    private void Append(ConversationMessage message)
    {
        if (message.MessageNumber != Written + 1)
        {
            throw new InvalidOperationException($"Message {message.MessageNumber} written after {Written}.");
        }

        unpublished.Add(message);
    }

    /// <summary>Replaces the draft of a message with its stored row (which has its id).</summary>
    public void Stored(ConversationMessage stored)
    {
        lock (sync)
        {
            var index = unpublished.FindIndex(m => m.MessageNumber == stored.MessageNumber);
            if (index >= 0)
            {
                unpublished[index] = stored;
            }
        }
    }

    /// <summary>Messages up to <paramref name="number"/> are public now: their text is no longer kept.</summary>
    public void PublishedUpTo(int number)
    {
        lock (sync)
        {
            var count = Math.Min(number - Published, unpublished.Count);
            if (count > 0)
            {
                unpublished.RemoveRange(0, count);
                Published += count;
            }
        }
    }
}
