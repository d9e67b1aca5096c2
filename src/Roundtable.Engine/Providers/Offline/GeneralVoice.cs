namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// The voice of any persona that is not one of the known specialists: each subject the persona
/// cares about becomes a theme, written with frames that take the subject as {term}.
/// </summary>
internal static class GeneralVoice
{
    private static readonly string[] Points =
    [
        "On {term}, the priority is to understand where {business} stands today before changing anything.",
        "Getting {term} right needs a clear owner and a measurable target, otherwise it drifts.",
        "Where I would push hardest is {term}, because it is the part of {focus} that is easiest to get wrong.",
        "From my side, {term} is the real test of whether this plan holds up.",
    ];

    private static readonly string[] Details =
    [
        "A short review of the last {days} of data on {term} would show where the biggest gap is.",
        "I would set one target for {term} over the next quarter and review progress every two weeks.",
        "It is worth writing down what good looks like for {term} in one sentence, so everyone works towards the same thing.",
        "The first {weeks} should be treated as a trial, with a clear check on {term} before anything is scaled up.",
    ];

    public static RoleVoice Create(IReadOnlyList<string> focusTerms) => new()
    {
        Role = SpeakerRole.General,
        Bridges =
        [
            "My angle is {personaFocus}, and there are a couple of things I would add from that perspective.",
            "Looking at {focus} through the lens of {personaFocus}, a few practical points stand out.",
            "Let me add my perspective, which is mostly about {personaFocus}.",
        ],
        Themes = [.. focusTerms.Select(term => new VoiceTheme { Name = term, Term = term, Points = Points, Details = Details })],
        Recommendations =
        [
            "My recommendation is for {business} to agree this week on one owner, one target and a {daysAdj} review for {focus}.",
            "The first step I would take is a short written plan for {focus}, with the costs, the expected benefit and a date to review it.",
            "Practically, I would start small, measure the result after {weeks}, and only then commit further.",
        ],
        Outcomes =
        [
            "If that works, {business} will have clear evidence to decide the next step instead of relying on opinion.",
            "The result to aim for is steady, measurable progress on {focus} within a quarter.",
        ],
        Cautions =
        [
            "One caution: it is easy to underestimate the time this takes, so the plan should leave some slack.",
            "I would be careful not to commit budget before the basic numbers are clear.",
        ],
        KnowledgeUses =
        [
            "That is a useful fact to anchor the plan on.",
            "It gives us something concrete rather than an assumption.",
        ],
        Invitations =
        [
            "{next}, how does this look from your side?",
            "{next}, what would you add from your perspective?",
            "{next}, where do you see the biggest risk here?",
        ],
        Advice =
        [
            "From my side, the questions that matter are about {personaFocus}.",
            "Before going further, I would want to see what this means for {personaTerm} in concrete numbers.",
            "My first concern is {personaTerm}, and I have not yet seen how this addresses it.",
        ],
        KeyTerms = [.. focusTerms.Select(term => new KeyTerm(System.Text.RegularExpressions.Regex.Escape(term), term))],
    };
}
