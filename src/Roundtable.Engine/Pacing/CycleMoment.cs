namespace Roundtable.Engine.Pacing;

/// <summary>
/// The state of a cycle at one instant: what the status badge, the countdown, the
/// <c>n/16 messages</c> counter and <c>next_conversation_time</c> show.
/// </summary>
/// <param name="Time">The instant this moment describes.</param>
/// <param name="Phase">Waiting, active or on a break.</param>
/// <param name="Conversation">
/// The running conversation while <see cref="CyclePhase.Active"/>, the one just completed during a
/// <see cref="CyclePhase.Break"/>, and <see langword="null"/> while <see cref="CyclePhase.Waiting"/>.
/// </param>
/// <param name="MessagesDue">How many messages of <paramref name="Conversation"/> are due at <paramref name="Time"/> (0 while waiting).</param>
/// <param name="Next">The first conversation that starts after <paramref name="Time"/>.</param>
/// <param name="NextEventAt">
/// While active, the next message's time (or the completion time once every message is due);
/// while waiting or on a break, the next conversation's start.
/// </param>
public sealed record CycleMoment(
    DateTimeOffset Time,
    CyclePhase Phase,
    ConversationPlan? Conversation,
    int MessagesDue,
    ConversationPlan Next,
    DateTimeOffset NextEventAt)
{
    /// <summary>What the countdown shows: the time left until <see cref="NextEventAt"/>.</summary>
    public TimeSpan UntilNextEvent => NextEventAt - Time;
}
