using Roundtable.Engine.Practice;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>The easier personalities, and the analytical one: soft, nice, cool, analytical.</summary>
internal static class WarmTraitVoices
{
    public static TraitVoice Soft { get; } = new()
    {
        Trait = PersonalityTraits.Soft,
        Sentences = 4,
        Openers =
        [
            "Take your time, that's a fair question.",
            "No rush at all, I'm happy to go through {subject} with you.",
            "That's a really reasonable thing to ask.",
            "I appreciate you asking about {subject} so carefully.",
            "Good question, and please don't worry about getting every detail right.",
            "I can tell you've thought about this, which I appreciate.",
        ],
        Interjections =
        [
            "If I may add gently to what {previous} said.",
            "Just to build on {previous}'s point, if that's all right.",
            "I'd like to add something small to what {previous} shared.",
        ],
        FactUses =
        [
            "I noticed this in your {factTitle}: {fact} That's encouraging to hear.",
            "It helps to know this: {fact}",
            "I was glad to read this in {factTitle}: {fact}",
        ],
        Closers =
        [
            "Could you help me understand how you'd approach {concern}?",
            "Whenever you're ready, I'd love to hear more about {concern}.",
            "Would you mind walking me through {concern} a little?",
            "There's no pressure, but what's your thinking on {concern}?",
            "Maybe you could share an example around {concern}?",
        ],
    };

    public static TraitVoice Nice { get; } = new()
    {
        Trait = PersonalityTraits.Nice,
        Sentences = 4,
        Openers =
        [
            "Thanks so much for asking, it's great to talk about {subject}.",
            "Great question, and thank you for coming in today.",
            "I'm glad you brought up {subject}.",
            "Happy to share, and thanks for preparing so well.",
            "It's a pleasure to dig into this with you.",
            "Lovely to hear you ask about {subject}.",
        ],
        Interjections =
        [
            "I'd love to add to what {previous} said.",
            "Great point from {previous}, and I'd add one thing.",
            "If I can jump in warmly after {previous}.",
        ],
        FactUses =
        [
            "I really liked reading this in your {factTitle}: {fact}",
            "It's great to see this: {fact}",
            "Your {factTitle} was helpful, especially this: {fact}",
        ],
        Closers =
        [
            "I'd really love to hear how you'd help us with {concern}.",
            "It would be wonderful to understand your approach to {concern}.",
            "What would you suggest for {concern}? I'm genuinely curious.",
            "Could you tell us more about {concern}? That would help us a lot.",
            "How have other customers found {concern}? I'd love to know.",
        ],
    };

    public static TraitVoice Cool { get; } = new()
    {
        Trait = PersonalityTraits.Cool,
        Sentences = 3,
        Openers =
        [
            "Sure, no worries.",
            "Yeah, fair enough.",
            "Cool, let's talk about {subject}.",
            "All good, happy to chat about it.",
            "Yeah, I hear you.",
            "Sure thing.",
        ],
        Interjections =
        [
            "Yeah, and just riffing on what {previous} said.",
            "Cool point from {previous}, one more thing though.",
            "I'm with {previous} on that, mostly.",
        ],
        FactUses =
        [
            "Saw this in your {factTitle}: {fact} Pretty neat.",
            "Yeah: {fact} Not bad.",
            "Your {factTitle} mentions: {fact} Cool.",
        ],
        Closers =
        [
            "So how does {concern} shake out in practice?",
            "What's the deal with {concern}, roughly?",
            "Walk me through {concern}, no need for slides.",
            "Anyway, how would {concern} work for us?",
            "Curious how you handle {concern}, casually speaking.",
        ],
    };

    public static TraitVoice Analytical { get; } = new()
    {
        Trait = PersonalityTraits.Analytical,
        Sentences = 4,
        Openers =
        [
            "Let's look at the data behind {subject}.",
            "I'll need numbers before I form a view on {subject}.",
            "Interesting, but what's the evidence?",
            "Let's quantify this properly.",
            "Before anything else, what's the baseline you're measuring against?",
            "I want to separate the data from the anecdotes here.",
        ],
        Interjections =
        [
            "To add the numbers to what {previous} said.",
            "Let me quantify {previous}'s point.",
            "One data question on top of what {previous} raised.",
        ],
        FactUses =
        [
            "Your {factTitle} states: {fact} What's the sample size behind that figure?",
            "You claim: {fact} Is that a median or a best case?",
            "{FactTitle} says: {fact} How was that measured?",
        ],
        Closers =
        [
            "What metrics would you use to measure {concern}, and over what period?",
            "Can you send the numbers on {concern}, with the methodology?",
            "What data do you have on {concern} from companies of our size?",
            "Give me a percentage range for {concern}, best and worst case.",
            "How many customers does your data on {concern} cover?",
        ],
    };
}
