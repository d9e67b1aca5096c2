namespace Roundtable.Server.Practice.Live;

/// <summary>Names of the events a meeting room receives.</summary>
public static class MeetingEvents
{
    /// <summary>A turn was spoken (the salesperson's line, or a representative's finished reply).</summary>
    public const string Turn = "meeting_turn";

    /// <summary>A representative started (<c>is_typing</c> true) or stopped replying.</summary>
    public const string Typing = "rep_typing";

    /// <summary>A piece of the reply a representative is generating.</summary>
    public const string Delta = "rep_delta";

    /// <summary>The orchestrator's decision for the salesperson's line.</summary>
    public const string Decision = "turn_decision";

    /// <summary>The meeting started or ended.</summary>
    public const string State = "meeting_state";
}
