using Roundtable.Engine.Practice;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>The angle each executive role takes in a Practice meeting.</summary>
internal static class MeetingRoleAngles
{
    private static readonly MeetingRoleAngle[] Angles =
    [
        new("ceo",
            [
                "For {company}, {subject} only matters if it moves our growth plan.",
                "Our latest news is \"{news}\", and anything on {subject} has to support that.",
                "At our size, {size} people, {subject} is a strategic question before it's a tool question.",
                "In {industry}, the companies that win treat {subject} as a competitive edge.",
                "I care about where {company} is in three years, and {subject} is one piece of that.",
            ],
            ["the strategic fit", "how this helps us grow", "what sets {product} apart from the competition", "the long-term partnership"],
            [
                "I've seen tools like {product} promise transformation and deliver a dashboard.",
                "We have other priorities competing for the same attention.",
            ]),
        new("cfo",
            [
                "On {subject}, what matters to me is cost against measurable return.",
                "There is no budget line for {subject} yet, so it would compete with everything else this year.",
                "Anything we spend on {subject} has to pay back within the fiscal year.",
                "At {company} every new contract goes through a payback review, and {subject} is no exception.",
                "We're hiring a {openRole}, so I know exactly what manual work costs us today.",
            ],
            ["the total cost", "the payback period", "the pricing model", "the contract terms", "the ROI case"],
            [
                "We cut two software contracts last quarter, so I'm not adding one lightly.",
                "Frankly, the price is the first thing I'll push back on.",
            ]),
        new("cto",
            [
                "Whatever we add has to work with {techStack}.",
                "From the technical side, {subject} means integration work my team doesn't have time for.",
                "Our stack is {techStack}, and I won't accept anything that bypasses it.",
                "Security reviews for {subject} take us weeks, so I need the documentation upfront.",
                "We're already hiring a {openRole}, so my engineers are stretched.",
            ],
            ["the integration with {techStack}", "data security", "the API and its limits", "the implementation effort"],
            [
                "The last integration we bought took six months instead of six weeks.",
                "I don't want another system my team has to babysit.",
            ]),
        new("coo",
            [
                "Operationally, {subject} only works if the rollout doesn't disrupt daily work.",
                "With {size} people, changing a process like {subject} takes real training time.",
                "Our teams are busy since \"{news}\", so timing matters for {subject}.",
                "I look at {subject} through the lens of who does what, every day.",
            ],
            ["the rollout plan", "the training effort", "the impact on daily operations", "the support you provide"],
            [
                "Every new process we introduce costs us weeks of productivity.",
                "The last rollout we did was messy, and people still remember it.",
            ]),
        new("cmo",
            [
                "From a marketing angle, {subject} has to help how the market sees {company}.",
                "Our brand in {industry} is built on trust, so {subject} can't put that at risk.",
                "I'd want to know how {subject} shows up for our customers.",
            ],
            ["the impact on our brand", "the customer experience", "the campaign results"],
            [
                "I've been burned by tools that looked great in a demo and did nothing for our pipeline.",
            ]),
        new("sales",
            [
                "For my team, {subject} only matters if it helps us close more deals.",
                "My reps already juggle too many tools, so {subject} has to save them time.",
                "Our pipeline targets are aggressive this year, and {subject} has to serve them.",
            ],
            ["the impact on our pipeline", "the adoption by my reps", "the revenue uplift"],
            [
                "My reps will ignore anything that adds clicks to their day.",
            ]),
        new("procurement",
            [
                "Any vendor for {subject} goes through our standard procurement process.",
                "We compare at least three suppliers before committing to something like {subject}.",
                "I'll need your terms, SLAs and liability caps before {subject} goes any further.",
            ],
            ["the contract terms", "the service levels", "the vendor due diligence"],
            [
                "Our approved vendor list is long already, and adding one is hard.",
            ]),
        new("hr",
            [
                "From the people side, {subject} has to make work better for our {size} employees.",
                "We're hiring a {openRole}, so I'm thinking about how {subject} affects the team.",
                "Change fatigue is real here, and {subject} would be one more change.",
            ],
            ["the impact on our people", "the training needs", "how employees will adopt it"],
            [
                "Our people have had a lot of change this year already.",
            ]),
    ];

    private static readonly MeetingRoleAngle General = new("general",
        [
            "From where I sit, {subject} has to earn its place at {company}.",
            "In my role I look at {subject} very practically.",
            "We've talked about {subject} internally, without a clear answer.",
        ],
        ["how this works for us", "the value for {company}", "the next steps"],
        ["We have looked at solutions like {product} before and passed."]);

    public static MeetingRoleAngle For(string role)
    {
        var key = RoleVocabulary.For(role).Key;
        return Angles.FirstOrDefault(a => a.RoleKey == key) ?? General;
    }
}
