namespace Roundtable.Engine.Providers.Offline;

/// <summary>The marketer's themes: positioning, seasonal campaigns, social, lead generation, referrals, community.</summary>
internal static class MarketingThemes
{
    public static IReadOnlyList<VoiceTheme> All { get; } =
    [
        new()
        {
            Name = "positioning",
            IsFoundation = true,
            Answers = "story|message|package|brand|position",
            Points =
            [
                "The brand story for {business} should fit on a postcard: who we help, with what, and why we are different.",
                "The message needs to be simple and specific, something like fast, honest help with {service} from a local team that answers the phone.",
                "Brand positioning comes first: {business} should own one clear promise about {focus} and repeat it everywhere.",
            ],
            Details =
            [
                "That promise belongs in the website header, on the estimates and in every social post, so it becomes familiar.",
                "Leading with {cue} speaks directly to what worried {customers} want to hear.",
                "Real faces help, so photos of the actual team in {town} will outperform stock imagery every time.",
                "A short tagline tested in two versions over {weeks} will tell us quickly which wording makes people call.",
            ],
        },
        new()
        {
            Name = "seasonal campaign",
            IsFoundation = true,
            Answers = "campaign|offer|season|act before",
            Points =
            [
                "A campaign timed to {season} gives {business} a natural reason to get in touch with {customers}.",
                "I would plan a seasonal campaign around {season}, because that is when {customers} are already thinking about {focus}.",
                "Timing is everything in campaigns, and a push of {weeks} before {season} reaches people before they need help, not after.",
            ],
            Details =
            [
                "A simple structure works: an educational post, a limited-time offer such as {offer}, and a reminder a week before the offer ends.",
                "The core message can be as simple as {cue}, explained in one friendly sentence and one real photo.",
                "Budget-wise, a modest test of a few hundred dollars over {weeks} is enough to see which message actually gets responses.",
                "The campaign should point to one landing page and one tracked phone number, so every lead can be traced back to it.",
            ],
        },
        new()
        {
            Name = "social",
            Answers = "social|video|posts?",
            Points =
            [
                "Social proof is the most persuasive marketing a local business has, and {business} should be collecting it every week.",
                "Social media is where {business} can show the work rather than just describe it.",
                "On social, short videos of real {jobs}, with the team explaining what they found and fixed, build credibility faster than polished ads.",
            ],
            Details =
            [
                "Two or three posts a week on Facebook and Instagram, plus local community groups where appropriate, is a sustainable rhythm.",
                "Turning a happy {customer}'s story into a short post, with their permission, gives social proof a human face.",
                "Nextdoor and neighborhood groups carry real weight for local services, because recommendations there come from neighbors.",
                "Content built from {proof} works well here, because people trust what they can see.",
            ],
        },
        new()
        {
            Name = "lead generation",
            IsFoundation = true,
            Answers = "channel|leads?|ads?",
            Points =
            [
                "Lead capture is where a lot of local marketing leaks, because interested people leave without a way to follow up.",
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
            Answers = "referr|past|newsletter|email",
            Points =
            [
                "Word of mouth is still the strongest channel for local services, and it can be encouraged deliberately.",
                "Past {customers} are the cheapest audience to reach, and a short email or text campaign to them can bring both repeat work and referrals.",
                "A referral program turns satisfied {customers} into a marketing channel, and it works especially well for {service}.",
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
            Answers = "communit|local events?|sponsor",
            Points =
            [
                "Being visible in the community builds familiarity, and familiarity is what makes people call a local business first.",
                "Local presence builds the brand in ways ads cannot, from sponsoring a youth team to showing up at community events in {town}.",
                "Community involvement gives {business} a reason to be talked about locally that goes beyond the work itself.",
            ],
            Details =
            [
                "{LocalSignal} are a classic for a reason, because neighbors see the work and the name together.",
                "A free talk on {focus}, held with a local library or community group, positions the team as the experts in {town}.",
                "Partnering with one local charity for a season gives the brand a story that local media and social channels are happy to share.",
            ],
        },
    ];
}
