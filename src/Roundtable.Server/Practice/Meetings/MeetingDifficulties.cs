namespace Roundtable.Server.Practice.Meetings;

/// <summary>How hard the representatives make it.</summary>
public static class MeetingDifficulties
{
    public const string Intermediate = "intermediate";

    public static IReadOnlyList<string> All { get; } = ["beginner", Intermediate, "advanced"];
}
