namespace Roundtable.Engine.Pacing;

/// <summary>
/// The classic cycle (seed 000): wait <see cref="InitialDelay"/> after the clock starts, then
/// repeat a conversation of <see cref="MessagesPerConversation"/> messages one
/// <see cref="MessageInterval"/> apart (the first at once), followed by <see cref="BreakDuration"/>.
/// With the defaults: WAITING 0–5 min, ACTIVE 5–21, BREAK 21–26, ACTIVE again at 26 (a 21-minute period).
/// </summary>
public sealed record ClassicCycleDefinition : CycleDefinition
{
    /// <summary>Time from the anchor to the first conversation's start.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Time between consecutive messages; a conversation lasts messages × interval.</summary>
    public TimeSpan MessageInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    public override int MessagesPerConversation { get; init; } = 16;

    /// <summary>Time from a conversation's completion to the next conversation's start.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public override void Validate()
    {
        if (MessagesPerConversation < 1)
        {
            throw new ArgumentException(
                $"MessagesPerConversation must be at least 1 (was {MessagesPerConversation}).", nameof(MessagesPerConversation));
        }

        if (MessageInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"MessageInterval must be positive (was {MessageInterval}).", nameof(MessageInterval));
        }

        if (InitialDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"InitialDelay must not be negative (was {InitialDelay}).", nameof(InitialDelay));
        }

        if (BreakDuration < TimeSpan.Zero)
        {
            throw new ArgumentException($"BreakDuration must not be negative (was {BreakDuration}).", nameof(BreakDuration));
        }

        var periodTicks = (Int128)MessagesPerConversation * MessageInterval.Ticks + BreakDuration.Ticks;
        if (periodTicks > TimeSpan.MaxValue.Ticks)
        {
            throw new ArgumentException(
                $"{MessagesPerConversation} messages {MessageInterval} apart plus a {BreakDuration} break make a cycle longer than a TimeSpan can hold.",
                nameof(MessageInterval));
        }
    }

    /// <inheritdoc />
    public override ICyclePlanner CreatePlanner() => new ClassicCyclePlanner(this);
}
