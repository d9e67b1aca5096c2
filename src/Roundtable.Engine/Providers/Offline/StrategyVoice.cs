namespace Roundtable.Engine.Providers.Offline;

/// <summary>The business strategist: operations, capacity, pricing, cash flow and growth.</summary>
internal static class StrategyVoice
{
    public static RoleVoice Voice { get; } = new()
    {
        Role = SpeakerRole.Strategy,
        Bridges =
        [
            "Looking at it from the operations and revenue side, the real question is how {business} turns {focus} into steady, profitable work rather than a scramble.",
            "My lens is the business model: what the work around {focus} costs to deliver, what it earns, and how it scales.",
            "From a strategy standpoint, getting {focus} right is as much a capacity question as a marketing one.",
            "The commercial side deserves a closer look, because none of this helps {business} unless the margins hold.",
            "Let me put some numbers around this, since the economics decide whether any plan for {focus} actually sticks.",
            "Operationally, this is where good intentions tend to break down, so I want to stay concrete.",
            "I want to look at the revenue side of {topic}, because that is what funds everything else we are proposing.",
        ],
        Themes = StrategyThemes.All,
        Recommendations =
        [
            "My advice is to treat {focus} as a product with its own price, owner and monthly target, starting this week.",
            "Before anything else, I would have {business} set a simple target for {focus} over the next {days} and check progress every Friday.",
            "The most useful thing {business} can do this month is to price and publish one clear offer for {service}, then measure how many inquiries turn into booked {jobs}.",
            "My recommendation is for {business} to write down the core offers for {focus}, their price ranges and the capacity behind them this week, then review the numbers after {days}.",
            "So the first step for {business} is simple: one owner for {focus}, one weekly number to track, and a {daysAdj} window to judge the results.",
            "If I had to pick one move for this month, it would be a clearly priced offer for {service}, backed by a response time the team can genuinely keep.",
            "Practically, I would sit down with the team at {business} for an hour this week to agree on targets, owners and the budget for the next {days}.",
            "The next step I would take is to pull last quarter's figures on {jobs}, margins and response times, so every decision from here rests on real data.",
        ],
        Outcomes =
        [
            "Done consistently, that should show up within a quarter as more booked {jobs} per inquiry and fewer discounts needed to close.",
            "The realistic goal is not a sudden spike but a steadier pipeline, with {focus} contributing a predictable share of monthly revenue.",
            "If the numbers hold, {business} can reinvest the extra margin into the next stage of growth with confidence.",
        ],
        Cautions =
        [
            "One caution: none of this works if the team cannot deliver on it, so capacity has to be planned before demand is created.",
            "I would be careful not to spread the budget too thin, because two well-run initiatives will beat six half-finished ones.",
            "The risk I see is committing to promises before the costs are understood, so every offer should be priced with the real margin in view.",
        ],
        KnowledgeUses =
        [
            "That is a concrete advantage, and it should shape how the offer is priced and presented.",
            "A fact like that belongs at the center of the business case, because it is something competitors cannot easily copy.",
            "It gives the plan a solid starting point instead of an assumption.",
        ],
        Invitations =
        [
            "{next}, how would you budget for this over the next quarter?",
            "{next}, does this change how you would price the offer?",
            "{next}, what would you measure to know this is paying off?",
            "{next}, where do you see the capacity risk in all of this?",
            "I would like to hear from {next} on the numbers: what would make this worth the investment?",
        ],
        Advice =
        [
            "If you are weighing this as a business decision, compare the cost, the expected return and the time it will take to see results.",
            "A sensible approach is to test the idea on a small scale first, measure the result over a few weeks, and only then commit more budget.",
            "It also helps to name one person who owns the decision and one number that will tell you whether it worked.",
        ],
        KeyTerms =
        [
            new("capacity|schedul\\w*|triage", "capacity planning"),
            new("packag\\w*|core offers?", "a clearly priced offer"),
            new("pric\\w*|price ranges?|tiers?", "pricing"),
            new("margins?", "margins"),
            new("cash flow|working capital|invoices?", "cash flow"),
            new("partnerships?|partners?", "referral partnerships"),
            new("financing", "financing"),
            new("dashboard|baseline", "measuring the results"),
            new("seasonality|90-day plan|forecast", "seasonal planning"),
            new("guarantee", "a written guarantee"),
        ],
    };
}
