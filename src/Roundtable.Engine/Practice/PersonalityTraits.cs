namespace Roundtable.Engine.Practice;

/// <summary>The personality traits a representative may have (seed 003); anything else is rejected.</summary>
public static class PersonalityTraits
{
    public const string Angry = "angry";
    public const string Arrogant = "arrogant";
    public const string Soft = "soft";
    public const string ColdHearted = "cold_hearted";
    public const string Nice = "nice";
    public const string Analytical = "analytical";
    public const string Cool = "cool";

    public static IReadOnlyList<string> All { get; } = [Angry, Arrogant, Soft, ColdHearted, Nice, Analytical, Cool];

    public static bool IsKnown(string trait) => All.Contains(trait, StringComparer.Ordinal);
}
