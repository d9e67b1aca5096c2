namespace Roundtable.Server.Practice.Meetings;

/// <summary>The meeting modes of seed 003 and how many representatives each seats.</summary>
public static class MeetingModes
{
    public static IReadOnlyDictionary<string, int> RepresentativeCounts { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["1-on-1"] = 1,
        ["1-on-2"] = 2,
        ["1-on-3"] = 3,
    };
}
