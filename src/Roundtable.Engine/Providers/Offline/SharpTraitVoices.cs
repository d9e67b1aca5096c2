using Roundtable.Engine.Practice;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>The hard-to-please personalities: angry, arrogant, cold-hearted.</summary>
internal static class SharpTraitVoices
{
    public static TraitVoice Angry { get; } = new()
    {
        Trait = PersonalityTraits.Angry,
        Sentences = 3,
        Openers =
        [
            "Let me stop you right there.",
            "Honestly, I've heard this pitch before and I'm not impressed yet.",
            "Look, we don't have all day for this.",
            "That's exactly the kind of vague answer that annoys me.",
            "Get to the point, please.",
            "I'll be blunt, because my time is short today.",
            "No, that doesn't answer anything yet.",
            "You're asking about {subject}, fine, but I'm losing patience.",
        ],
        Interjections =
        [
            "I have to jump in, because {previous} is being far too polite about this.",
            "Hold on, {previous} left out the part that actually worries me.",
            "Sorry {previous}, but I can't let that pass.",
            "Let me cut in before this goes any further.",
        ],
        FactUses =
        [
            "Your {factTitle} claims: {fact} I'll believe it when I see it in our own numbers!",
            "Everyone's brochure says something like this: {fact} Prove it.",
            "{FactTitle} says: {fact} That's marketing until you show me otherwise.",
        ],
        Closers =
        [
            "So what exactly are you going to do about {concern}?",
            "Give me a straight answer on {concern}, not another slide.",
            "If you can't fix {concern}, we're done here.",
            "Stop dodging: how do you handle {concern}?",
            "Why should I believe you on {concern} when the last vendor failed?",
            "Answer the question on {concern}, please!",
        ],
    };

    public static TraitVoice Arrogant { get; } = new()
    {
        Trait = PersonalityTraits.Arrogant,
        Sentences = 3,
        Openers =
        [
            "Frankly, we're already ahead of most companies on this.",
            "I doubt you can tell us much we don't already know.",
            "We've seen a dozen vendors like you this year.",
            "With respect, {company} doesn't really need rescuing on {subject}.",
            "I built most of what we do here myself, so convince me.",
            "That's a fairly basic question, but fine.",
            "Our team is frankly better at this than most vendors I meet.",
        ],
        Interjections =
        [
            "Let me add the view that actually matters here, with respect to {previous}.",
            "{Previous} is right as far as it goes, but I decide these things.",
            "I'll take this one from here, {previous}.",
            "What {previous} means is that we set the bar, not you.",
        ],
        FactUses =
        [
            "Your {factTitle} says: {fact} Nice number, but we'd expect better.",
            "Sure: {fact} Every vendor has a slide like that.",
            "{FactTitle} says: {fact} I'd hope so, at these prices.",
        ],
        Closers =
        [
            "Tell me something about {concern} that I haven't heard before.",
            "What makes you think you understand {concern} better than we do?",
            "Impress me on {concern}, or let's wrap this up.",
            "Why would a company like ours need help with {concern}?",
            "I'm not sure you've done your homework on {concern}.",
        ],
    };

    public static TraitVoice ColdHearted { get; } = new()
    {
        Trait = PersonalityTraits.ColdHearted,
        Sentences = 2,
        Openers =
        [
            "Noted.",
            "Fine.",
            "Understood.",
            "Next point.",
            "Go on.",
        ],
        Interjections =
        [
            "One addition to what {previous} said.",
            "To be precise, {previous} missed one point.",
            "Correction to {previous}.",
        ],
        FactUses =
        [
            "{FactTitle}: {fact}",
            "Your figure: {fact}",
        ],
        Closers =
        [
            "What is your position on {concern}?",
            "State your terms on {concern}.",
            "Facts only: {concern}.",
            "I need a written answer on {concern}.",
            "Address {concern}.",
            "Your answer on {concern}, briefly.",
        ],
    };
}
