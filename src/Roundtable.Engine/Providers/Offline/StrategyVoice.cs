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
            "From a strategy standpoint, {focus} is as much a capacity question as a marketing one.",
            "The commercial side deserves a closer look, because none of this helps {business} unless the margins hold.",
            "Let me put some numbers around this, since the economics decide whether any plan for {focus} actually sticks.",
            "Operationally, this is where good intentions tend to break down, so I want to stay concrete.",
            "I want to look at the revenue side of {topic}, because that is what funds everything else we are proposing.",
        ],
        Themes =
        [
            new()
            {
                Name = "capacity",
                Points =
                [
                    "The first constraint is capacity: if demand for {service} jumps after one busy week, {business} needs a plan for who goes where within the first {hours}.",
                    "I would map out the team's capacity before promoting anything, because a surge of {jobs} that cannot be scheduled within a week does more harm than good.",
                    "Scheduling is the hidden lever here, and a simple triage rule that separates urgent {jobs} from routine ones protects both response times and margins.",
                ],
                Details =
                [
                    "A practical approach is to hold back {reserve} of each week's schedule for urgent work and release it to routine {jobs} if it is still free by Wednesday.",
                    "That could mean a standby list of two vetted subcontractors, so overflow never turns into a three-week wait for {customers} in {town}.",
                    "Tracking the days from first call to completed {job} every week will show quickly where the real bottleneck sits.",
                    "Consider {moment}: whether {business} can get someone there within a day decides if that becomes a signed {job} or a lost lead.",
                ],
            },
            new()
            {
                Name = "pricing",
                Points =
                [
                    "Pricing is the next piece, because {customers} weighing their options want to know the range before they commit, and clear tiers remove a lot of hesitation.",
                    "I would package the offer into three clear options, from a basic fix to a complete solution, so {customers} can choose without feeling pushed.",
                    "Transparent pricing is also a competitive edge in {town}, where {customers} often compare two or three quotes before deciding.",
                ],
                Details =
                [
                    "A published starting price for {service}, with a short note on what moves the final number, sets expectations without locking the team in.",
                    "A good, better and best structure often lifts the average ticket by ten to fifteen percent, since many buyers choose the middle option, so I would treat that as a target to test.",
                    "The written estimate should separate the core work from optional extras, so {customers} can see exactly what they are paying for.",
                    "Discounts should stay the exception, and a small added benefit such as {offer} protects the margin better than cutting the price.",
                ],
            },
            new()
            {
                Name = "cash flow",
                Points =
                [
                    "Cash flow deserves attention too, because larger {jobs} often mean paying for materials and labour before the final invoice is settled.",
                    "I would set clear payment milestones, such as a deposit at signing and the balance on completion, so bigger {jobs} never strain working capital.",
                ],
                Details =
                [
                    "A weekly review of outstanding invoices, with one named person responsible for each, usually recovers more cash than any new campaign.",
                    "Offering financing through a partner for {jobs} above a set threshold can turn a postponed decision into a signed contract this month.",
                    "It helps to model the slowest realistic payment timeline, say {days}, and make sure the business can carry it comfortably.",
                ],
            },
            new()
            {
                Name = "partnerships",
                Points =
                [
                    "On the growth side, partnerships are underused, because {partners} see {customers} at exactly the moment they need help.",
                    "Referral partnerships with {partners} could become a steady source of {jobs} that costs far less than paid advertising.",
                ],
                Details =
                [
                    "Starting with five partners, a short introductory meeting and a simple referral arrangement is enough to test the idea within a quarter.",
                    "Each partner should get a one-page summary of what {business} offers for {focus}, plus a direct number that skips the main queue.",
                    "Tracking which partner sent each {job} keeps the arrangement honest and shows within {days} which relationships are worth deepening.",
                ],
            },
            new()
            {
                Name = "measurement",
                Points =
                [
                    "We should also agree on how success will be measured, and I would keep it to three numbers: inquiries, conversion to signed {jobs}, and average margin per {job}.",
                    "The numbers that matter most are the cost of winning each new {customer} and the gross margin per {job}, reviewed monthly so trends surface early.",
                ],
                Details =
                [
                    "A simple weekly dashboard, even a shared spreadsheet, is enough for the owner to see whether the work on {focus} is paying off.",
                    "If fewer than roughly four in ten estimates turn into signed work, the issue is usually follow-up or how the price is presented, not lead volume.",
                    "Setting a baseline now, before anything changes, is the only way to know in {days} whether the plan actually moved the numbers.",
                ],
            },
            new()
            {
                Name = "seasonality",
                Points =
                [
                    "Seasonality should shape the plan, since demand for {service} is rarely even across the year and {season} is when {business} needs to be most prepared.",
                    "I would build a 90-day plan around {season}, with staffing, supplies and marketing spend lined up before demand peaks.",
                ],
                Details =
                [
                    "Ordering core supplies two to four weeks ahead of the busy period protects both schedules and margins when vendors get stretched.",
                    "Quieter months are the right time to train the team, tidy up processes and contact past {customers} about planned work.",
                    "A simple forecast based on last year's monthly {jobs}, adjusted for what we expect in {town}, is enough to plan staffing sensibly.",
                ],
            },
            new()
            {
                Name = "differentiation",
                Points =
                [
                    "Differentiation matters in a crowded {industry} market, and a clear written guarantee is one of the simplest ways to stand out.",
                    "Every {customer} in {town} should be able to tell in one sentence why {business} is the obvious choice for {focus}.",
                ],
                Details =
                [
                    "A workmanship guarantee with specific terms, such as a return visit within {hours} for any issue, gives {customers} a concrete reason to choose {business}.",
                    "That one-sentence promise should be tested on real calls for {weeks} and refined based on which version actually wins {jobs}.",
                ],
            },
        ],
        Recommendations =
        [
            "My recommendation is to write down the core offers for {focus}, their price ranges and the capacity behind them this week, then review the numbers after {days}.",
            "So the first step for {business} is simple: one owner for {focus}, one weekly number to track, and a {days} window to judge the results.",
            "If I had to pick one move for this month, it would be a clearly priced offer for {service}, backed by a response time the team can genuinely keep.",
            "Practically, I would start with a one-hour planning session this week to agree on targets, owners and the budget for the next {days}.",
            "The next step I would take is to pull last quarter's figures on {jobs}, margins and response times, so every decision from here rests on real data.",
        ],
        Outcomes =
        [
            "Done consistently, that should show up within a quarter as more signed {jobs} per inquiry and fewer discounts needed to close.",
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
            "A fact like that belongs at the centre of the business case, because it is something competitors cannot easily copy.",
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
