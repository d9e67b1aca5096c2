namespace Roundtable.Engine.Providers.Offline;

/// <summary>The strategist's themes: capacity, pricing, cash flow, partnerships, measurement, seasonality, differentiation.</summary>
internal static class StrategyThemes
{
    public static IReadOnlyList<VoiceTheme> All { get; } =
    [
        new()
        {
            Name = "capacity",
            IsFoundation = true,
            Answers = "capacity|schedul|crew|risk",
            Points =
            [
                "The first constraint is capacity: if demand for {service} jumps after one busy week, {business} needs a plan for who goes where within the first {hours}.",
                "I would map out the team's capacity before promoting anything, because a surge of {jobs} that cannot be scheduled within a week does more harm than good.",
                "Scheduling is the hidden lever here, and a simple triage rule that separates urgent {jobs} from routine ones protects both response times and margins.",
            ],
            Details =
            [
                "A practical approach is to hold back {reserve} of each week's schedule for urgent work and release it to routine {jobs} if it is still free by Wednesday.",
                "That could mean lining up trusted overflow help in advance, so a busy spell never turns into a three-week wait for {customers} in {town}.",
                "Tracking the days from first call to completed {job} every week will show quickly where the real bottleneck sits.",
                "{ifProject}Consider {moment}: whether {business} can get someone there within a day decides if that becomes a booked {job} or a lost lead.",
            ],
        },
        new()
        {
            Name = "pricing",
            IsFoundation = true,
            Answers = "pric|offer|quote",
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
                "Bundling {cue} into the standard offer turns a stressful process into a clear one, and it justifies a fair price.",
                "Discounts should stay the exception, and a small added benefit such as {offer} protects the margin better than cutting the price.",
            ],
        },
        new()
        {
            Name = "cash flow",
            Answers = "budget|cash|invest|cost|afford",
            Points =
            [
                "Working capital is the quiet risk here, since a run of larger {jobs} can leave {business} waiting on payments while bills keep arriving.",
                "Cash flow deserves attention too, because larger {jobs} often tie up money in staff time and supplies before the final invoice is paid.",
                "{ifProject}I would set clear payment milestones, such as a deposit at signing and the balance on completion, so bigger {jobs} never strain working capital.",
            ],
            Details =
            [
                "A weekly review of outstanding invoices, with one named person responsible for each, usually recovers more cash than any new campaign.",
                "{ifProject}Offering financing through a partner for {jobs} above a set threshold can turn a postponed decision into a signed contract this month.",
                "It helps to model the slowest realistic payment timeline, say {days}, and make sure the business can carry it comfortably.",
            ],
        },
        new()
        {
            Name = "partnerships",
            Answers = "partner|referr",
            Points =
            [
                "Another growth lever is a short list of referral partners in {town} who already serve {customers} and can send work our way.",
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
            Answers = "measur|numbers?|paying off|worth|track|return",
            Points =
            [
                "None of this matters unless {business} can see what is working, so I would agree on the numbers before spending anything.",
                "We should also agree on how success will be measured, and I would keep it to three numbers: inquiries, conversion to booked {jobs}, and average margin per {job}.",
                "The numbers that matter most are the cost of winning each new {customer} and the gross margin per {job}, reviewed monthly so trends surface early.",
            ],
            Details =
            [
                "A simple weekly dashboard, even a shared spreadsheet, is enough for the owner to see whether the work on {focus} is paying off.",
                "{ifProject}If fewer than roughly four in ten estimates turn into signed work, the issue is usually follow-up or how the price is presented, not lead volume.",
                "Setting a baseline now, before anything changes, is the only way to know in {days} whether the plan actually moved the numbers.",
            ],
        },
        new()
        {
            Name = "seasonality",
            Answers = "season|quarter|plan",
            Points =
            [
                "Planning ahead is where {business} can get ahead of competitors, because most of them only react once the busy season hits.",
                "Seasonality should shape the plan, since demand for {service} is rarely even across the year and tends to peak around {season}.",
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
            IsFoundation = true,
            Answers = "stand out|different|compet",
            Points =
            [
                "Differentiation matters in a crowded {industry} market, and a clear written guarantee is one of the simplest ways to stand out.",
                "Every {customer} in {town} should be able to tell in one sentence why {business} is the obvious choice for {focus}.",
                "Offering {cue} as standard is a simple way for {business} to stand apart from competitors who leave {customers} to work it out alone.",
            ],
            Details =
            [
                "{ifProject}A workmanship guarantee with specific terms, such as a return visit within {hours} for any issue, gives {customers} a concrete reason to choose {business}.",
                "That one-sentence promise should be tested on real calls for {weeks} and refined based on which version actually wins {jobs}.",
            ],
        },
    ];
}
