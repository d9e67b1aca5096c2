namespace Roundtable.Engine.Pacing;

/// <summary>
/// Computes a cycle's conversation plans as pure functions of an anchor (the moment the
/// business's clock started) and the instant asked about. Implementations never read a clock,
/// so a restarted server computes exactly the plan it had before.
/// </summary>
public interface ICyclePlanner
{
    /// <summary>The first conversation after <paramref name="anchor"/>.</summary>
    ConversationPlan FirstConversation(DateTimeOffset anchor);

    /// <summary>The plan of conversation <paramref name="index"/> (see <see cref="ConversationPlan.Index"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The conversation would start before the anchor's first conversation.</exception>
    ConversationPlan PlanConversation(DateTimeOffset anchor, int index);

    /// <summary>
    /// The first conversation whose start is at or after <paramref name="time"/>. Used when resuming
    /// after downtime: conversations whose start was missed are skipped, not replayed.
    /// </summary>
    ConversationPlan NextConversationAtOrAfter(DateTimeOffset anchor, DateTimeOffset time);

    /// <summary>The phase, conversations, messages due and next event at <paramref name="time"/>.</summary>
    CycleMoment At(DateTimeOffset anchor, DateTimeOffset time);
}
