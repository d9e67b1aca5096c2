namespace Roundtable.Server.Practice.Turns;

/// <summary>A spoken turn's result, or why the meeting could not take it (409).</summary>
public sealed record PracticeTurnOutcome(SendMessageResult? Result, string? Conflict)
{
    public static PracticeTurnOutcome Refused(string conflict) => new(null, conflict);
}
