namespace Roundtable.Engine.Providers.Offline;

/// <summary>The customer experience lead: response times, communication, reviews, trust and follow-up.</summary>
internal static class ServiceVoice
{
    public static RoleVoice Voice { get; } = new()
    {
        Role = SpeakerRole.Service,
        Bridges =
        [
            "From the customer's side, {focus} usually starts with stress, so the way the first contact is handled shapes everything that follows.",
            "I want to look at this through the customer's eyes, because {customers} remember how they were treated long after the {job} is done.",
            "The service experience is where every promise made in marketing is either kept or broken.",
            "All of this rests on trust, and trust is built one conversation at a time.",
            "Let me bring the customer back into the picture, because {customers} in {town} judge {business} on how it feels to deal with the team.",
            "My focus is what happens after the phone rings, which is where most of the goodwill is won or lost.",
        ],
        Themes =
        [
            new()
            {
                Name = "first contact",
                Points =
                [
                    "Response time is the first test, and when a {customer} reaches out about {focus}, a reply within {minutes} tells them they are in good hands.",
                    "The first call matters most, so every inquiry about {service} should reach a real person or get a callback within {minutes}.",
                ],
                Details =
                [
                    "A short call script helps: acknowledge the situation, ask three key questions and give a clear time for the next step.",
                    "After-hours inquiries should get an automatic text confirming receipt and promising a callback by a specific time the next morning.",
                    "Tracking the average time to first response every week keeps that promise honest.",
                    "Think of {moment}; what they want most from that first call is a clear answer about when someone will help.",
                ],
            },
            new()
            {
                Name = "expectations",
                Points =
                [
                    "Clear communication during the {job} is just as important, because uncertainty is what turns good work into a complaint.",
                    "I would set expectations in writing at the start: what will happen, how long it should take and who the {customer} can contact with questions.",
                ],
                Details =
                [
                    "A quick update text at each stage, such as when the team is on the way or when the work is finished, removes most anxious calls.",
                    "Naming one point of contact for every {job} means {customers} never have to explain their situation twice.",
                    "For anything involving {focus2}, a simple checklist of what the {customer} needs to prepare makes the process feel manageable.",
                ],
            },
            new()
            {
                Name = "reviews",
                Points =
                [
                    "Reviews are where the experience becomes public, so the request should come when the {customer} is happiest, usually right after the work is finished.",
                    "Every review deserves a reply, and the critical ones deserve the most care, because future {customers} read how {business} handles criticism.",
                ],
                Details =
                [
                    "A reply to a critical review should thank the person, acknowledge the issue without arguing and offer to continue the conversation directly within {hours}.",
                    "A short feedback question sent before the review request catches unhappy customers early, so problems are solved privately first.",
                    "Asking in person at the end of the {job}, then sending the link the same evening, usually gets a far better response than a cold email weeks later.",
                ],
            },
            new()
            {
                Name = "trust",
                Points =
                [
                    "Trust comes from transparency, and showing licences, insurance details and a clear written estimate answers questions {customers} are often too polite to ask.",
                    "People dealing with {focus} are often worried about being overcharged, so explaining each line of the estimate is itself a form of customer service.",
                ],
                Details =
                [
                    "Photos taken before, during and after the work give the {customer} proof of what was done, which matters even more where {focus2} is involved.",
                    "A plain-language guarantee, handed over at the end of the {job}, turns a one-off customer into someone who recommends the business.",
                    "Being honest when something is not needed, even if it means a smaller invoice, earns more referrals than any promotion.",
                ],
            },
            new()
            {
                Name = "follow-up",
                Points =
                [
                    "Follow-up is the most neglected part of the experience, and it is where loyalty is won.",
                    "I would build a simple follow-up routine: a thank-you message the next day, a check-in after {weeks} and a reminder before {season}.",
                ],
                Details =
                [
                    "A check-in call a few weeks later, asking whether everything is still as expected, takes ten minutes and often leads to a referral.",
                    "Keeping a simple record of each customer's {job}, dates and preferences lets the team personalise every later contact.",
                    "Customers who had a problem that was fixed quickly often become the most loyal ones, so follow-up after a complaint matters twice as much.",
                ],
            },
            new()
            {
                Name = "team",
                Points =
                [
                    "The people answering the phone need to be equipped for this, because a worried {customer} needs empathy before they need information.",
                    "Training matters here: everyone who answers the phone should be able to explain the process for {service} in two minutes, without jargon.",
                ],
                Details =
                [
                    "A short monthly session reviewing real calls, including the awkward ones, builds confidence faster than any written manual.",
                    "Giving staff the authority to fix small problems on the spot, up to a set amount, removes delays that frustrate {customers}.",
                    "A one-page guide to the questions {customers} ask most about {focus} keeps every answer consistent.",
                ],
            },
        ],
        Recommendations =
        [
            "My recommendation is to write a one-page service standard for {focus} this week, covering response times, updates and follow-up, and share it with the whole team.",
            "The first step is to measure today's response time for a week, then set a target and review it every Monday.",
            "Start by calling five recent {customers} and asking what would have made the experience better, because their answers should shape the standard.",
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
            "{next}, how should the team handle that first call?",
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
