namespace Roundtable.Engine.Pacing;

/// <summary>
/// When one conversation of a cycle starts, when each of its messages is due, when it completes
/// and when the following conversation starts. All times are UTC and derived from the cycle's
/// anchor, so the same inputs give the same plan in any process.
/// </summary>
/// <param name="Index">
/// The conversation's number: counted from the anchor for classic cycles, from the Unix epoch
/// (boundary number) for aligned cycles.
/// </param>
/// <param name="StartsAt">When the conversation starts; the first message is due at this instant.</param>
/// <param name="MessageTimes">When each message is due, in order.</param>
/// <param name="CompletesAt">When the conversation counts as completed and the break begins.</param>
/// <param name="NextConversationAt">When the following conversation starts.</param>
public sealed record ConversationPlan(
    int Index,
    DateTimeOffset StartsAt,
    IReadOnlyList<DateTimeOffset> MessageTimes,
    DateTimeOffset CompletesAt,
    DateTimeOffset NextConversationAt)
{
    // Copied so that a plan can never change after it was computed.
    public IReadOnlyList<DateTimeOffset> MessageTimes { get; } = [.. MessageTimes];

    /// <summary>How many messages the conversation has.</summary>
    public int MessageCount => MessageTimes.Count;

    /// <summary>The number of messages due at or before <paramref name="time"/>.</summary>
    public int MessagesDueAt(DateTimeOffset time)
    {
        var due = 0;
        while (due < MessageTimes.Count && MessageTimes[due] <= time)
        {
            due++;
        }

        return due;
    }

    // Plans compare by value, message times included, so "the same plan after a restart" is one Assert.Equal.
    public bool Equals(ConversationPlan? other) =>
        other is not null
        && Index == other.Index
        && StartsAt == other.StartsAt
        && CompletesAt == other.CompletesAt
        && NextConversationAt == other.NextConversationAt
        && MessageTimes.SequenceEqual(other.MessageTimes);

    public override int GetHashCode() => HashCode.Combine(Index, StartsAt, MessageTimes.Count, CompletesAt, NextConversationAt);
}
