namespace Roundtable.Engine.Providers.Offline;

/// <summary>Finds the voice a speaker writes in, and the subjects any speaker may have raised.</summary>
internal static class RoleVoices
{
    private static readonly RoleVoice[] Specialists =
        [StrategyVoice.Voice, SearchVoice.Voice, ServiceVoice.Voice, MarketingVoice.Voice];

    /// <summary>The voice for a speaker, built from the persona when it is not a known specialist.</summary>
    public static RoleVoice For(string? name, string? persona)
    {
        var role = SpeakerRoleClassifier.Classify(name, persona);
        return For(role) ?? GeneralVoice.Create(PersonaFocus.From(persona, name));
    }

    /// <summary>The voice to use for questions handed to another speaker known only by name.</summary>
    public static RoleVoice ForListener(string name) =>
        For(SpeakerRoleClassifier.Classify(name, null)) ?? GeneralVoice.Create([]);

    /// <summary>
    /// Subjects to look for in another speaker's text, that speaker's own subjects first so a
    /// strategist's turn is summed up by "pricing" rather than by a passing mention of reviews.
    /// </summary>
    public static IReadOnlyList<KeyTerm> TermsFor(string speakerName)
    {
        var own = For(SpeakerRoleClassifier.Classify(speakerName, null));
        var ordered = new List<KeyTerm>();
        if (own is not null)
        {
            ordered.AddRange(own.KeyTerms);
        }

        ordered.AddRange(Specialists.Where(s => s != own).SelectMany(s => s.KeyTerms));
        return ordered;
    }

    private static RoleVoice? For(SpeakerRole role) => role switch
    {
        SpeakerRole.Strategy => StrategyVoice.Voice,
        SpeakerRole.Search => SearchVoice.Voice,
        SpeakerRole.Service => ServiceVoice.Voice,
        SpeakerRole.Marketing => MarketingVoice.Voice,
        _ => null,
    };
}
