namespace Roundtable.Engine.Providers.Offline;

/// <summary>The customer experience lead's themes: first contact, expectations, reviews, trust, follow-up, team.</summary>
internal static class ServiceThemes
{
    public static IReadOnlyList<VoiceTheme> All { get; } =
    [
        new()
        {
            Name = "first contact",
            IsFoundation = true,
            Answers = "first call|phone|respon|call",
            Points =
            [
                "Speed of reply is the first impression, and for {focus} it often decides who gets the {job}.",
                "Response time is the first test, and when a {customer} reaches out about {service}, a reply within {minutes} tells them they are in good hands.",
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
            IsFoundation = true,
            Answers = "informed|expectation|effortless|communicat|update",
            Points =
            [
                "Keeping {customers} informed is half the experience, because silence is what makes people anxious.",
                "Clear communication during the {job} is just as important, because uncertainty is what turns good work into a complaint.",
                "I would set expectations in writing at the start: what will happen, how long it should take and who the {customer} can contact with questions.",
            ],
            Details =
            [
                "A quick update text at each stage, such as when the team is on the way or when the work is finished, removes most anxious calls.",
                "Offering {cue} up front, and explaining it in plain words, removes the uncertainty that makes people hesitate.",
                "Naming one point of contact for every {job} means {customers} never have to explain their situation twice.",
                "For anything involving {focus2}, a simple checklist of what the {customer} needs to prepare makes the process feel manageable.",
            ],
        },
        new()
        {
            Name = "reviews",
            Answers = "reviews?|unhappy|complain|critic",
            Points =
            [
                "The review process deserves as much care as the work itself, because it is the public record of how {business} treats people.",
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
            IsFoundation = true,
            Answers = "trust|transparen|honest",
            Points =
            [
                "Trust is the real product here, especially for {customers} who need {service} for the first time.",
                "Trust comes from transparency, and showing licenses, insurance details and a clear written estimate answers questions {customers} are often too polite to ask.",
                "People who need {service} are often worried about being overcharged, so explaining each line of the estimate is itself a form of customer service.",
            ],
            Details =
            [
                "{ifProject}Photos taken before, during and after the work give the {customer} proof of what was done, which matters even more for anything involving {focus2}.",
                "A plain-language guarantee, handed over at the end of the {job}, turns a one-off customer into someone who recommends the business.",
                "Offering {cue} without being asked shows {customers} that {business} is on their side.",
                "Being honest when something is not needed, even if it means a smaller invoice, earns more referrals than any promotion.",
            ],
        },
        new()
        {
            Name = "follow-up",
            Answers = "follow",
            Points =
            [
                "The relationship should not end when the invoice is paid, and a simple follow-up plan keeps {business} in mind for next time.",
                "Follow-up is the most neglected part of the experience, and it is where loyalty is won.",
                "I would build a simple follow-up routine: a thank-you message the next day, a check-in after {weeks} and a reminder before {season}.",
            ],
            Details =
            [
                "A check-in call a few weeks later, asking whether everything is still as expected, takes ten minutes and often leads to a referral.",
                "Keeping a simple record of each customer's {job}, dates and preferences lets the team personalize every later contact.",
                "Customers who had a problem that was fixed quickly often become the most loyal ones, so follow-up after a complaint matters twice as much.",
            ],
        },
        new()
        {
            Name = "team",
            Answers = "team|staff|train",
            Points =
            [
                "The front line makes or breaks all of this, so the team needs clear guidance and the confidence to use it.",
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
    ];
}
