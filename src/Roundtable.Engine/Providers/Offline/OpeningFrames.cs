namespace Roundtable.Engine.Providers.Offline;

/// <summary>Frames that open a roundtable, or react to the speaker before.</summary>
internal static class OpeningFrames
{
    /// <summary>The first message: open the topic; no one has spoken yet.</summary>
    public static IReadOnlyList<string> Openers { get; } =
    [
        "{Topic} is a timely subject for {business}, and I want to start with the fundamentals before the others add their angles.",
        "Let me open with why {focus} matters so much for a {industry} business in {town}: it is often the moment a {customer} decides who to trust.",
        "For {business}, {topic} is both a service question and a reputation question, and getting it right sets up everything else we will discuss.",
        "I would like to start by framing {topic} as a growth opportunity for {business}, not just another line on the services page.",
        "To open the discussion, it helps to be clear about what {customers} in {town} expect when it comes to {focus}.",
        "There is a lot to cover on {topic}, so I will start with the foundations and leave the specialist angles to the rest of the panel.",
    ];

    /// <summary>Reactions that agree with what the previous speaker proposed.</summary>
    public static IReadOnlyList<string> Agreements { get; } =
    [
        "{Prev} is right that we should {prevAction}, and I want to build on that.",
        "I agree with {prev}'s suggestion to {prevAction}, because that is exactly where I would start too.",
        "{Prev}'s idea to {prevAction} is the right instinct, and it connects directly to my side of this.",
        "I would back {prev}'s call to {prevAction}, with one addition from my side.",
        "{Prev} made a point worth repeating: \"{prevQuote}.\"",
        "I want to pick up on something {prev} said: \"{prevQuote}.\"",
        "One line from {prev} stood out to me: \"{prevQuote}.\"",
        "Building on what {prev} said about {prevTerm}, there is a piece I would add from my side.",
        "The point {prev} raised about {prevTerm} deserves more attention than it usually gets.",
        "I like where {prev} is going with {prevTerm}, and it ties directly into my area.",
        "Thanks, {prev}; the emphasis on {prevTerm} is something I see overlooked all the time.",
        "There is a lot in what {prev} just laid out, and the part about {prevTerm} stands out most to me.",
        "{Prev} has put {prevTerm} on the table, and I think that is the right place to start.",
        "What {prev} said about {prevTerm} matches what I would expect to see with {customers} in {town}.",
    ];

    /// <summary>Reactions that agree in part and push back or re-order.</summary>
    public static IReadOnlyList<string> Challenges { get; } =
    [
        "{Prev}'s focus on {prevTerm} is the right foundation, although I would sequence things a little differently.",
        "I agree with the spirit of what {prev} said about {prevTerm}, but I would add a practical caveat.",
        "I would push {prev}'s point about {prevTerm} one step further.",
        "{Prev} is right to want to {prevAction}, but I would not do it in isolation.",
        "I see the logic in {prev}'s plan to {prevAction}, though I would test it on a small scale first.",
        "I partly agree with {prev} on {prevTerm}, but the order in which we do things matters here.",
    ];

    /// <summary>Reactions when the previous speaker asked this speaker a question.</summary>
    public static IReadOnlyList<string> Answers { get; } =
    [
        "{Prev} asked a fair question after the point about {prevTerm}, so let me answer it directly.",
        "To answer {prev}'s question directly, and building on the point about {prevTerm}, here is how I would approach it.",
        "That is the right question to ask, {prev}, especially after what you said about {prevTerm}.",
        "Good question, {prev}, and your point about {prevTerm} actually makes my answer easier.",
        "{Prev}, the short answer to your question is yes, and the point about {prevTerm} is exactly why.",
    ];

    /// <summary>A nod to someone who spoke before the previous speaker.</summary>
    public static IReadOnlyList<string> Callbacks { get; } =
    [
        "This also fits with {earlier}'s earlier point about {earlierTerm}.",
        "It connects back to what {earlier} said about {earlierTerm}, and the two should be planned together.",
        "Combined with {earlier}'s point on {earlierTerm}, that gives {business} a consistent story.",
        "{Earlier}'s earlier emphasis on {earlierTerm} makes this even more important.",
    ];
}
