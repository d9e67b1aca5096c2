namespace Roundtable.Engine.Providers.Offline;

/// <summary>The customer experience lead: response times, communication, reviews, trust and follow-up.</summary>
internal static class ServiceVoice
{
    public static RoleVoice Voice { get; } = new()
    {
        Role = SpeakerRole.Service,
        Bridges =
        [
            "From the customer's side, a need for {service} usually starts with stress, so the way the first contact is handled shapes everything that follows.",
            "I want to look at this through the customer's eyes, because {customers} remember how they were treated long after the {job} is done.",
            "The service experience is where every promise made in marketing is either kept or broken.",
            "All of this rests on trust, and trust is built one conversation at a time.",
            "Let me bring the customer back into the picture, because {customers} in {town} judge {business} on how it feels to deal with the team.",
            "My focus is what happens after the phone rings, which is where most of the goodwill is won or lost.",
        ],
        Themes = ServiceThemes.All,
        Recommendations =
        [
            "My advice is to turn {focus} into a written promise the whole team can repeat, and then measure it every week.",
            "For {business}, the first move is a callback promise for {focus} that the team can keep every single day, written down and shared with everyone.",
            "I would ask {business} to pick one person to own follow-up on every {job} involving {focus} this month and to report how many {customers} were contacted within {hours}.",
            "This week, {business} should write the three messages every {customer} who needs {service} receives, the confirmation, the update and the thank-you, and make them sound human.",
            "My recommendation is to write a one-page service standard for {focus} at {business} this week, covering response times, updates and follow-up, and share it with the whole team.",
            "The first step is to measure today's response time for a week, then set a target and review it every Monday.",
            "Start by calling five recent {customers} in {town} and asking what would have made the experience better, because their answers should shape the standard.",
            "This week, I would agree on the callback promise, write the after-hours text message and name who owns follow-up for every {job}.",
        ],
        Outcomes =
        [
            "Done well, the result shows up in fewer complaints, more five-star reviews and more {customers} who call back when they need help again.",
            "Within a couple of months, {business} should see faster replies, warmer reviews and a rising share of repeat and referral work.",
            "The payoff is a reputation in {town} for being easy to deal with, which is hard for any competitor to copy.",
        ],
        Cautions =
        [
            "One caution from the service side: promising a response time the team cannot keep does more damage than making no promise at all.",
            "I would be careful with automated replies, because they help only if a real person follows up exactly when promised.",
            "The risk is that a busy week erodes the standard, so it needs an owner, not just good intentions.",
        ],
        KnowledgeUses =
        [
            "Everyone answering the phone should be able to say that confidently on the first call.",
            "That is exactly the kind of reassurance a worried {customer} needs to hear early.",
            "It should also be written into the confirmation message, so the {customer} has it in writing.",
        ],
        Invitations =
        [
            "{next}, how should the team handle the first call from a worried {customer}?",
            "{next}, what would a good follow-up look like here?",
            "{next}, how do we keep {customers} informed without overwhelming them?",
            "{next}, how would you handle an unhappy {customer} in this situation?",
            "I would like to hear how {next} would make this feel effortless for the {customer}.",
        ],
        Advice =
        [
            "If anything about this is urgent, contact the team directly so a person can look at your situation and confirm the details.",
            "It helps to have any reference numbers or details ready, which makes the conversation quicker.",
            "If the first answer you get does not solve it, ask for the next step and a time by which you will hear back.",
        ],
        KeyTerms =
        [
            new("response times?|callbacks?|first call|first contact|first response", "response times"),
            new("follow-up|follow up|check-in", "follow-up"),
            new("expectations|point of contact|update text", "setting clear expectations"),
            new("trust|transparen\\w*", "trust"),
            new("reviews?", "reviews"),
            new("call script|script|training", "training the team"),
            new("service standard", "a written service standard"),
            new("complaints?|criticism", "handling complaints"),
        ],
    };
}
