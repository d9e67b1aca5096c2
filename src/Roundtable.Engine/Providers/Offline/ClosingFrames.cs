namespace Roundtable.Engine.Providers.Offline;

/// <summary>Frames for knowledge, hand-offs and the last message of a roundtable.</summary>
internal static class ClosingFrames
{
    /// <summary>Frames that bring in a fact from a titled knowledge document.</summary>
    public static IReadOnlyList<string> TitledFacts { get; } =
    [
        "One detail from \"{factTitle}\" matters here: {fact}.",
        "The notes in \"{factTitle}\" are useful on this point: {fact}.",
        "It is worth bringing in a fact from \"{factTitle}\": {fact}.",
        "Our reference material, \"{factTitle}\", puts it clearly: {fact}.",
        "The \"{factTitle}\" document gives us something concrete: {fact}.",
    ];

    /// <summary>Frames that bring in a fact from the business description.</summary>
    public static IReadOnlyList<string> ProfileFacts { get; } =
    [
        "The business profile gives us something concrete to work with: {fact}.",
        "It helps that {business} already has this going for it: {fact}.",
        "We should not lose sight of what the profile says: {fact}.",
        "Remember the starting point here: {fact}.",
    ];

    /// <summary>Questions to a next speaker whose role is not known.</summary>
    public static IReadOnlyList<string> Handoffs { get; } =
    [
        "{next}, how does this look from your side?",
        "{next}, what would you add from your perspective?",
        "I would like to hear how {next} sees this.",
    ];

    /// <summary>The last message: looking back over the discussion.</summary>
    public static IReadOnlyList<string> SummaryLeads { get; } =
    [
        "To bring this roundtable to a close, the common thread is that success with {focus} comes down to speed, clarity and follow-through.",
        "Pulling it all together, {business} does not need more ideas on {focus}; it needs a short list done well.",
        "Before we wrap up, it is worth summarizing what we agreed, because a plan only matters if it gets done.",
        "Looking back over this discussion, the advice for {business} is remarkably consistent.",
    ];

    /// <summary>The last message: a concrete plan that draws on every role.</summary>
    public static IReadOnlyList<string> NextSteps { get; } =
    [
        "For {business}, the next 30 days should cover three things: a clearly priced offer for {service}, an updated Google Business Profile with a dedicated page, and a written standard for response times and follow-up.",
        "My suggested order is simple: fix the basics this week, launch one focused campaign within a month, and review the numbers together after {days}.",
        "In practical terms, that means one owner, a short written plan and a weekly check on calls, reviews and booked {jobs}.",
        "So my closing recommendation for {business} is to pick one owner for {focus}, agree the first three actions this week and review progress together in a month.",
        "The practical next step for {business} is a one-page plan for {focus}: the offer, the search basics, the service standard and the campaign, each with a name and a date.",
    ];

    /// <summary>The last message: a closing line.</summary>
    public static IReadOnlyList<string> Closings { get; } =
    [
        "If {business} does those things consistently, its work on {focus} becomes a real strength in {town} rather than a scramble.",
        "That is a plan the team can start on Monday, and it should pay off well before {season}.",
        "Done in that order, every improvement supports the next, and {customers} in {town} will notice the difference.",
        "Handled this way, {focus} stops being a stressful scramble for {business} and becomes a reason {customers} recommend it.",
        "With that in place, {business} will be the name {customers} in {town} think of first when they need {service}.",
    ];

    /// <summary>Verbs that credit each speaker in the closing summary: "{name} {verb} {term}".</summary>
    public static IReadOnlyList<string> CreditVerbs { get; } =
        ["made the case for", "kept the focus on", "pushed for", "showed why we need", "reminded us about", "highlighted"];
}
