namespace Roundtable.Engine.Providers.Offline;

/// <summary>Frames that open a roundtable, or react to the speaker before.</summary>
internal static class OpeningFrames
{
    /// <summary>The first message: open the topic; no one has spoken yet.</summary>
    public static IReadOnlyList<string> Openers { get; } =
    [
        "Today's topic, {topic}, is a timely one for {business}, and I want to start with the fundamentals before the others add their angles.",
        "Let me open with why {focus} matters so much for a {industry} business in {town}: it is often the moment a {customer} decides who to trust.",
        "For {business}, the subject of {topic} is both a service question and a reputation question, and getting it right sets up everything else we will discuss.",
        "I would like to start by framing {topic} as a growth opportunity for {business}, not just another line on the services page.",
        "To open the discussion, it helps to be clear about what {customers} in {town} expect when it comes to {focus}.",
        "There is a lot to cover on {topic}, so I will start with the foundations and leave the specialist angles to the rest of the panel.",
    ];

    /// <summary>The first message: what the topic means for customers, right after the opener.</summary>
    public static IReadOnlyList<string> Framings { get; } =
    [
        "{Customers} who need {service} usually want three things: a fast response, a clear explanation of what is needed and a fair, written price.",
        "The businesses that win here are the ones that respond quickly, explain clearly and follow through on {cue}.",
        "What {customers} in {town} remember is not the sales pitch but how quickly someone helped and how clearly the next steps were explained.",
        "In practice, that means being reachable when it matters, explaining everything in plain language and offering {cue}.",
    ];

    /// <summary>Reactions that agree with what the previous speaker proposed.</summary>
    public static IReadOnlyList<string> Agreements { get; } =
    [
        "{Prev} is right that we should {prevAction}, and I want to take that a step further.",
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
        "{Prev} is spot on about {prevTerm}, and I would add one thing from my side.",
        "I second what {prev} said about {prevTerm}, because it is the part most businesses skip.",
        "{Prev} made a practical point about {prevTerm}, and it gives me a good way in.",
        "What stood out in {prev}'s contribution was {prevTerm}, and I want to build on it.",
        "What {prev} said about {prevTerm} matches what I would expect to see with {customers} in {town}.",
    ];

    /// <summary>Reactions that agree in part and push back or re-order.</summary>
    public static IReadOnlyList<string> Challenges { get; } =
    [
        "{Prev}'s focus on {prevTerm} is the right foundation, but there is a caveat I want to flag.",
        "I agree with the spirit of what {prev} said about {prevTerm}, but I would add a practical caveat.",
        "{Prev} is right to want to {prevAction}, but one thing needs care along the way.",
        "I partly agree with {prev} on {prevTerm}, although there is a risk we should name before going further.",
        "I am with {prev} on {prevTerm} in principle, but I want to flag one risk.",
    ];

    /// <summary>Reactions when the previous speaker asked this speaker a question.</summary>
    public static IReadOnlyList<string> Answers { get; } =
    [
        "{Prev} asked a fair question after the point about {prevTerm}, so let me answer it directly.",
        "To answer {prev}'s question directly, and building on the point about {prevTerm}, here is how I would approach it.",
        "That is the right question to ask, {prev}, especially after what you said about {prevTerm}.",
        "Good question, {prev}, and your point about {prevTerm} actually makes my answer easier.",
        "Let me take {prev}'s question head-on, since it follows naturally from the point about {prevTerm}.",
        "Happy to take that one, {prev}, because it builds on what you said about {prevTerm}.",
        "{Prev}'s question is a good one, and my answer starts from the point about {prevTerm}.",
        "Fair question, {prev}, and it ties straight back to {prevTerm}.",
        "I will answer {prev}'s question with specifics, since the point about {prevTerm} deserves more than a general reply.",
        "That question from {prev} is exactly where my side of the plan comes in, especially given the point about {prevTerm}.",
        "Thanks for the question, {prev}; after what you said about {prevTerm}, the answer is fairly practical.",
        "{Prev} put a direct question to me after raising {prevTerm}, so here is a direct answer.",
        "Let me answer {prev} directly, because the point about {prevTerm} changes how I would approach it.",
        "{Prev}, I have a concrete answer to that, and it builds on {prevTerm}.",
        "Picking up {prev}'s question, and the point about {prevTerm} that came before it, here is my view.",
        "Since {prev} asked me directly, and the point about {prevTerm} is still fresh, let me be specific.",
        "It is a fair challenge from {prev}, and given what was said about {prevTerm}, I have a clear answer.",
        "I am glad {prev} asked, because it lets me connect my area to the point about {prevTerm}.",
    ];

    /// <summary>Follows a reaction that quoted the previous speaker, so the quote leads somewhere.</summary>
    public static IReadOnlyList<string> QuoteFollowUps { get; } =
    [
        "That is exactly the right instinct, and my side of the plan can build directly on it.",
        "I agree, and I want to show how it connects to my own area.",
        "It is a practical step, and it sets up what I want to add.",
        "That is the kind of concrete commitment this plan needs, and it makes the next piece easier.",
        "I could not agree more, and it gives me a good starting point.",
    ];

    /// <summary>A nod to someone who spoke before the previous speaker.</summary>
    public static IReadOnlyList<string> Callbacks { get; } =
    [
        "This also fits with {earlier}'s earlier point about {earlierTerm}.",
        "It connects back to what {earlier} said about {earlierTerm}, and the two should be planned together.",
        "Combined with {earlier}'s point on {earlierTerm}, that gives {business} a consistent story.",
        "{Earlier}'s earlier emphasis on {earlierTerm} makes this even more important.",
        "That lines up with the case {earlier} made for {earlierTerm} earlier in the discussion.",
        "It also gives {earlier}'s point about {earlierTerm} something concrete to build on.",
        "Put together with what {earlier} said on {earlierTerm}, the plan starts to hang together.",
        "There is a direct link here to {earlier}'s point on {earlierTerm}, and the two work best side by side.",
    ];
}
