using Roundtable.Engine.Practice;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>Finds the <see cref="TraitVoice"/> of a personality trait key.</summary>
internal static class TraitVoices
{
    /// <summary>The voice of a representative who was given no known trait.</summary>
    public static TraitVoice Default => WarmTraitVoices.Nice;

    public static TraitVoice? For(string trait) => trait switch
    {
        PersonalityTraits.Angry => SharpTraitVoices.Angry,
        PersonalityTraits.Arrogant => SharpTraitVoices.Arrogant,
        PersonalityTraits.ColdHearted => SharpTraitVoices.ColdHearted,
        PersonalityTraits.Soft => WarmTraitVoices.Soft,
        PersonalityTraits.Nice => WarmTraitVoices.Nice,
        PersonalityTraits.Cool => WarmTraitVoices.Cool,
        PersonalityTraits.Analytical => WarmTraitVoices.Analytical,
        _ => null,
    };
}
