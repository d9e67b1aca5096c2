namespace Roundtable.Server.Tests.Support;

/// <summary>
/// When things happen in a classic cycle with the default settings (seed 000), counted from the
/// test clock's <see cref="ShowcaseServer.Start"/>, which is where every business is anchored:
/// WAITING 14:00–14:05, ACTIVE 14:05–14:21 (a message a minute), BREAK 14:21–14:26, ACTIVE at 14:26, …
/// </summary>
internal static class ClassicTimeline
{
    public const int Messages = 16;

    public static readonly TimeSpan InitialDelay = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MessageInterval = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan BreakDuration = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan Period = Messages * MessageInterval + BreakDuration;

    /// <summary>The anchor of every business whose scheduler started with the test clock.</summary>
    public static DateTimeOffset Anchor => ShowcaseServer.Start;

    public static DateTimeOffset StartOf(int conversation) => Anchor + InitialDelay + conversation * Period;

    public static DateTimeOffset MessageAt(int conversation, int number) => StartOf(conversation) + (number - 1) * MessageInterval;

    public static DateTimeOffset CompletionOf(int conversation) => StartOf(conversation) + Messages * MessageInterval;
}
