namespace Roundtable.Engine.Practice;

/// <summary>The longest single turn of the meeting.</summary>
public sealed record Monologue(string SpeakerId, string SpeakerName, int TurnNumber, int Words);
