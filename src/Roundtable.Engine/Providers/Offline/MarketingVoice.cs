namespace Roundtable.Engine.Providers.Offline;

/// <summary>The marketing strategist: brand, campaigns, social media, lead generation and promotions.</summary>
internal static class MarketingVoice
{
    public static RoleVoice Voice { get; } = new()
    {
        Role = SpeakerRole.Marketing,
        Bridges =
        [
            "On the marketing side, {focus} gives {business} a story worth telling, and stories are what people share.",
            "Let me add the campaign angle, because everything discussed so far needs a way to reach {customers} at the right moment.",
            "From a brand perspective, this is a chance to make {business} the name people in {town} think of first.",
            "Marketing should amplify what the team already does well, and {focus} is a strong place to start.",
            "My job is to make sure the right people hear about all this, so let me talk about reach and timing.",
            "The marketing question is how to turn good work on {focus} into a steady flow of new leads.",
        ],
        Themes =
        [
            new()
            {
                Name = "positioning",
                Points =
                [
                    "The message needs to be simple and specific, something like fast, honest help with {focus} from a local team that answers the phone.",
                    "Brand positioning comes first: {business} should own one clear promise about {focus} and repeat it everywhere.",
                ],
                Details =
                [
                    "That promise belongs in the website header, on the estimates and in every social post, so it becomes familiar.",
                    "Real faces help, so photos of the actual team in {town} will outperform stock imagery every time.",
                    "A short tagline tested in two versions over {weeks} will tell us quickly which wording makes people call.",
                ],
            },
            new()
            {
                Name = "seasonal campaign",
                Points =
                [
                    "I would plan a seasonal campaign around {season}, because that is when {customers} are already thinking about {focus}.",
                    "Timing is everything in campaigns, and a push of {weeks} before {season} reaches people before they need help, not after.",
                ],
                Details =
                [
                    "A simple structure works: an educational post, a limited-time offer such as {offer}, and a reminder a week before the offer ends.",
                    "Budget-wise, a modest test of a few hundred dollars over {weeks} is enough to see which message actually gets responses.",
                    "The campaign should point to one landing page and one tracked phone number, so every lead can be traced back to it.",
                ],
            },
            new()
            {
                Name = "social",
                Points =
                [
                    "Social media is where {business} can show the work rather than just describe it.",
                    "On social, short videos of real {jobs}, with the team explaining what they found and fixed, build credibility faster than polished ads.",
                ],
                Details =
                [
                    "Two or three posts a week on Facebook and Instagram, plus local community groups where appropriate, is a sustainable rhythm.",
                    "Turning a happy {customer}'s story into a short post, with their permission, gives social proof a human face.",
                    "Nextdoor and neighbourhood groups carry real weight for local services, because recommendations there come from neighbours.",
                    "Content built from {proof} works well here, because people trust what they can see.",
                ],
            },
            new()
            {
                Name = "lead generation",
                Points =
                [
                    "For lead generation, the goal is to capture interest before it goes cold, so every channel should lead to one easy next step.",
                    "I would set up a simple lead magnet on {focus}, such as a short checklist or {offer}, to collect contact details from people who are not ready to buy yet.",
                ],
                Details =
                [
                    "Local search ads targeted at {town} and the surrounding area can bring in calls within days while the organic work builds.",
                    "Every lead should be tagged by source, so after {days} it is clear which channel produces booked {jobs}, not just clicks.",
                    "A two-step follow-up, a same-day reply and a reminder three days later, keeps warm leads from drifting to a competitor.",
                ],
            },
            new()
            {
                Name = "referrals",
                Points =
                [
                    "Past {customers} are the cheapest audience to reach, and a short email or text campaign to them can bring both repeat work and referrals.",
                    "A referral programme turns satisfied {customers} into a marketing channel, and it works especially well for {service}.",
                ],
                Details =
                [
                    "A small thank-you, such as a gift card for every referred {customer} who books, is usually enough to keep referrals coming.",
                    "A quarterly newsletter with one useful tip, one recent project and one seasonal reminder keeps {business} top of mind.",
                    "Making it easy matters, so a ready-made message customers can forward does more than a vague request to spread the word.",
                ],
            },
            new()
            {
                Name = "community",
                Points =
                [
                    "Local presence builds the brand in ways ads cannot, from sponsoring a youth team to showing up at community events in {town}.",
                    "Community involvement gives {business} a reason to be talked about locally that goes beyond the work itself.",
                ],
                Details =
                [
                    "{LocalSignal} are a classic for a reason, because neighbours see the work and the name together.",
                    "A free talk on {focus}, held with a local library or community group, positions the team as the experts in {town}.",
                    "Partnering with one local charity for a season gives the brand a story that local media and social channels are happy to share.",
                ],
            },
        ],
        Recommendations =
        [
            "My recommendation is to launch a four-week campaign on {focus} this month, with one clear offer, two channels and a tracked phone number.",
            "The first step is to pick the one promise {business} wants to be known for on {focus}, then build a month of posts and one offer around it.",
            "Start small: one offer, one landing page and a {days} test, then double down on whatever brings in booked {jobs}.",
            "This week I would draft the offer, brief the team on it and schedule the first two weeks of posts, so the campaign is live before {season}.",
        ],
        Outcomes =
        [
            "A well-timed campaign should lift inquiries noticeably during the push, and the content keeps paying off long after it ends.",
            "Over a few months, the aim is for more leads to come from referrals and repeat customers, which lowers the cost of each new {job}.",
            "The result to look for is a recognisable brand in {town}, where people mention {business} by name when a neighbour asks for a recommendation.",
        ],
        Cautions =
        [
            "One caution from the marketing side: a campaign should never promise more than the team can deliver in a busy week.",
            "I would avoid discount-heavy promotions, because they attract price shoppers and train {customers} to wait for the next deal.",
            "The risk with social media is inconsistency, so it is better to post twice a week reliably than daily for a fortnight and then stop.",
        ],
        KnowledgeUses =
        [
            "That is exactly the kind of proof point a campaign should lead with.",
            "It is a concrete message, and concrete messages outperform vague claims in every channel.",
            "I would put that front and centre in the next round of posts and ads.",
        ],
        Invitations =
        [
            "{next}, how would you turn this into a campaign?",
            "{next}, which channel would you test first?",
            "{next}, what offer would get {customers} to act before {season}?",
            "{next}, how would you tell this story on social media?",
            "I am curious how {next} would package this for {customers} in {town}.",
        ],
        Advice =
        [
            "If you want more people to hear about this, a short, clear message repeated consistently works better than many different ones.",
            "It is worth testing one idea at a time, so you can see what actually brings people in.",
            "Telling a real customer story usually persuades more than any claim about quality.",
        ],
        KeyTerms =
        [
            new("campaigns?", "a seasonal campaign"),
            new("brand\\w*|promise|tagline|positioning", "brand positioning"),
            new("social media|social|posts?|videos?", "social media"),
            new("leads?|lead magnet|lead generation", "lead generation"),
            new("referral programme|referrals?|newsletter", "referrals"),
            new("community|sponsor\\w*|local events?", "community presence"),
            new("offers?|promotions?", "the offer"),
        ],
    };
}
