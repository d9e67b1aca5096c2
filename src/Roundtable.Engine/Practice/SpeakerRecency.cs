namespace Roundtable.Engine.Practice;

/// <summary>When each speaker last spoke, for fairness: someone who has not spoken yet ranks first.</summary>
internal sealed class SpeakerRecency(IReadOnlyList<MeetingLine> history)
{
    private readonly Dictionary<string, int> lastTurn = history
        .Select((line, index) => (line.SpeakerId, index))
        .GroupBy(x => x.SpeakerId)
        .ToDictionary(g => g.Key, g => g.Max(x => x.index), StringComparer.Ordinal);

    /// <summary>Position of the speaker's last line, -1 when they have not spoken.</summary>
    public int LastTurnOf(string speakerId) => lastTurn.GetValueOrDefault(speakerId, -1);
}
