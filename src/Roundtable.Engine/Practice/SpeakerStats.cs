namespace Roundtable.Engine.Practice;

/// <summary>How much one participant spoke.</summary>
public sealed record SpeakerStats(string SpeakerId, string SpeakerName, int Turns, int Words);
