namespace Roundtable.Engine.Providers.Offline;

/// <summary>The marketing strategist: brand, campaigns, social media, lead generation and promotions.</summary>
internal static class MarketingVoice
{
    public static RoleVoice Voice { get; } = new()
    {
        Role = SpeakerRole.Marketing,
        Bridges =
        [
            "On the marketing side, the work {business} does on {focus} is a story worth telling, and stories are what people share.",
            "Let me add the campaign angle, because everything discussed so far needs a way to reach {customers} at the right moment.",
            "From a brand perspective, this is a chance to make {business} the name people in {town} think of first.",
            "Marketing should amplify what the team already does well, and the work on {focus} is a strong place to start.",
            "My job is to make sure the right people hear about all this, so let me talk about reach and timing.",
            "The marketing question is how to turn good work on {focus} into a steady flow of new leads.",
        ],
        Themes = MarketingThemes.All,
        Recommendations =
        [
            "My advice is to build the next campaign around {focus}, with one clear message, one offer and one tracked number.",
            "For {business}, I would start with one offer for {service}, one month of posts and a simple way to track every lead it produces.",
            "The quickest win for {business} is a referral ask to past {customers} this month, backed by a small thank-you and a ready-made message to forward.",
            "My recommendation is to launch a four-week campaign on {focus} across {town} this month, with one clear offer, two channels and a tracked phone number.",
            "The first step is to pick the one promise {business} wants to be known for on {focus}, then build a month of posts and one offer around it.",
            "Start small: one offer, one landing page and a {daysAdj} test, then double down on whatever brings in booked {jobs}.",
            "This week I would draft the offer, brief the team on it and schedule the first two weeks of posts, so the campaign is live before {season}.",
        ],
        Outcomes =
        [
            "A well-timed campaign should lift inquiries noticeably during the push, and the content keeps paying off long after it ends.",
            "Over a few months, the aim is for more leads to come from referrals and repeat customers, which lowers the cost of each new {job}.",
            "The result to look for is a recognizable brand in {town}, where people mention {business} by name when a neighbor asks for a recommendation.",
        ],
        Cautions =
        [
            "One caution from the marketing side: a campaign should never promise more than the team can deliver in a busy week.",
            "I would avoid discount-heavy promotions, because they attract price shoppers and train {customers} to wait for the next deal.",
            "The risk with social media is inconsistency, so it is better to post twice a week reliably than daily for two weeks and then stop.",
        ],
        KnowledgeUses =
        [
            "That is exactly the kind of proof point a campaign should lead with.",
            "It is a concrete message, and concrete messages outperform vague claims in every channel.",
            "I would put that front and center in the next round of posts and ads.",
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
            new("referral program|referrals?|newsletter", "referrals"),
            new("community|sponsor\\w*|local events?", "community presence"),
            new("offers?|promotions?", "a clear, limited-time offer"),
        ],
    };
}
