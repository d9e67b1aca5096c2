namespace Roundtable.Engine.Providers.Offline;

/// <summary>Frames for answering a person directly, outside a roundtable. {subject} is what they asked about.</summary>
internal static class AnswerFrames
{
    public static IReadOnlyList<string> QuestionLeads { get; } =
    [
        "Happy to help with {subject}.",
        "Here is what I can tell you about {subject}.",
        "Thanks for asking about {subject}; here is the short answer.",
        "Good question on {subject}.",
    ];

    public static IReadOnlyList<string> NoKnowledgeLeads { get; } =
    [
        "Thanks for asking about {subject}.",
        "That is a fair question about {subject}.",
        "I understand you want to know about {subject}.",
    ];

    public static IReadOnlyList<string> StatementLeads { get; } =
    [
        "Thanks for raising {subject}.",
        "That is useful context on {subject}.",
        "I appreciate you sharing that about {subject}.",
    ];

    public static IReadOnlyList<string> TitledFacts { get; } =
    [
        "According to \"{factTitle}\", {factLower}.",
        "Our guidance in \"{factTitle}\" says: {fact}.",
        "The \"{factTitle}\" document covers this: {fact}.",
    ];

    public static IReadOnlyList<string> PlainFacts { get; } =
    [
        "Based on the information I have, {factLower}.",
        "Here is the relevant detail: {fact}.",
    ];

    public static IReadOnlyList<string> MoreFacts { get; } =
    [
        "It is also worth knowing that {factLower}.",
        "One more relevant point: {fact}.",
        "In addition, {factLower}.",
    ];

    public static IReadOnlyList<string> NoKnowledge { get; } =
    [
        "I don't have a specific document covering {subject}, so I won't guess at exact figures, fees or deadlines.",
        "The information I have doesn't cover {subject} in detail, and I would rather be careful than give you a wrong answer.",
    ];

    public static IReadOnlyList<string> GeneralHelp { get; } =
    [
        "The most reliable route is the official website or app, or a member of the team who can see your details and confirm what applies to you.",
        "A member of the team can confirm the exact details for your situation, usually in one short conversation.",
        "If it is time-sensitive, contacting the team directly is the quickest way to get a definite answer.",
        "Where the details depend on your own circumstances, it is worth getting them confirmed in writing.",
    ];

    /// <summary>Practical tips for a customer-facing assistant.</summary>
    public static IReadOnlyList<string> HelpfulTips { get; } =
    [
        "If anything about {subject} is urgent, contacting the team directly is the quickest way to get it resolved.",
        "It is worth keeping any reference numbers or confirmation messages, in case you need to follow up later.",
        "If your situation is slightly different, the details can change, so it is worth confirming before you act.",
        "Most of this can be handled through the official app or website, and the team can step in if anything looks wrong.",
    ];

    public static IReadOnlyList<string> Closings { get; } =
    [
        "Is there a specific part of {subject} you would like me to go through in more detail?",
        "If you tell me a little more about your situation, I can point you to the exact next step.",
        "Would it help if I walked you through the next steps one at a time?",
        "Let me know if anything here is unclear, and I will go through it with you.",
    ];

    public static IReadOnlyList<string> StatementFollowUps { get; } =
    [
        "Could you walk me through how {subject} would affect {personaTerm} for us?",
        "What evidence can you share from an organization like ours?",
        "What would it take, in time and cost, to see that result here?",
    ];

    /// <summary>How a decision maker (not a customer-facing assistant) weighs a claim.</summary>
    public static IReadOnlyList<string> Probes { get; } =
    [
        "A claim like that needs evidence, so I would want to see results from a comparable organization.",
        "I would also want to understand the total cost, including the time my team would spend on it.",
        "Timing matters too, because anything that slips past the next budget cycle is hard to justify.",
        "I am open to it, but only if the numbers hold up under scrutiny.",
    ];
}
