namespace Roundtable.Engine.Practice;

/// <summary>The executive roles a meeting knows by name, function and topic.</summary>
internal static class RoleVocabulary
{
    public static IReadOnlyList<RoleGroup> Groups { get; } =
    [
        new("ceo", "CEO", ["ceo", "chief_executive", "founder", "president", "managing_director", "owner", "gm", "general_manager"],
            ["ceo", "chief executive", "chief executive officer", "founder", "managing director", "president"],
            ["leadership", "the executive team"],
            [@"strateg\w*", @"vision", @"markets?", @"market share", @"growth", @"grow\w*", @"compet\w*", @"roadmap", @"long[- ]term", @"priorit\w*", @"board", @"expan\w*", @"differentiat\w*", @"partnerships?", @"acquisitions?"],
            "strategy and growth"),
        new("cfo", "CFO", ["cfo", "chief_financial_officer", "finance", "finance_director", "controller", "vp_finance", "head_of_finance"],
            ["cfo", "chief financial officer", "finance director", "head of finance", "financial controller"],
            ["finance", "the finance team", "the finance side", "accounting"],
            [@"budget\w*", @"pric\w*", @"costs?", @"costing", @"roi", @"return on investment", @"contracts?", @"payback", @"invoic\w*", @"spend\w*", @"discounts?", @"licen[cs]\w*", @"fees?", @"savings?", @"afford\w*", @"expensive", @"cheap\w*", @"financ\w*", @"money", @"payments?", @"subscriptions?", @"\$\d[\d,.]*k?"],
            "budget, cost and return"),
        new("cto", "CTO", ["cto", "chief_technology_officer", "cio", "ciso", "vp_engineering", "head_of_engineering", "head_of_it", "it_director", "engineering"],
            ["cto", "chief technology officer", "chief technical officer", "cio", "chief information officer", "ciso", "head of engineering", "vp of engineering", "vp engineering", "head of it", "it director"],
            ["technology", "tech", "engineering", "the tech team", "the engineering team", "IT", "security"],
            [@"integrat\w*", @"secur\w*", @"apis?", @"data", @"tech", @"technical\w*", @"technolog\w*", @"architecture", @"infrastructure", @"cloud", @"deploy\w*", @"migrat\w*", @"scal\w*", @"uptime", @"sso", @"encrypt\w*", @"complian\w*", @"gdpr", @"soc ?2", @"tech stack", @"engineer\w*", @"implement\w*", @"hosting", @"on[- ]prem\w*", @"latency", @"reliab\w*"],
            "integration, security and data"),
        new("coo", "COO", ["coo", "chief_operating_officer", "operations", "vp_operations", "head_of_operations"],
            ["coo", "chief operating officer", "head of operations", "operations director", "vp of operations"],
            ["operations", "ops", "the operations team"],
            [@"operation\w*", @"roll ?outs?", @"rolling out", @"process\w*", @"workflows?", @"onboard\w*", @"training", @"adoption", @"staff\w*", @"efficien\w*", @"productiv\w*", @"logistic\w*", @"supply", @"timelines?", @"schedul\w*", @"support", @"day[- ]to[- ]day", @"change management"],
            "rollout, process and the teams' daily work"),
        new("cmo", "CMO", ["cmo", "chief_marketing_officer", "marketing", "vp_marketing", "head_of_marketing"],
            ["cmo", "chief marketing officer", "head of marketing", "marketing director", "vp of marketing"],
            ["marketing", "the marketing team", "brand"],
            [@"marketing", @"brand\w*", @"campaigns?", @"leads", @"lead generation", @"audiences?", @"content", @"seo", @"advertis\w*", @"messaging", @"positioning", @"customer acquisition", @"awareness", @"social media"],
            "brand, campaigns and demand"),
        new("sales", "VP Sales", ["vp_sales", "cro", "chief_revenue_officer", "head_of_sales", "sales_director", "sales"],
            ["vp of sales", "vp sales", "head of sales", "sales director", "cro", "chief revenue officer"],
            ["sales", "the sales team", "revenue"],
            [@"pipelines?", @"quotas?", @"revenue", @"forecast\w*", @"sales reps?", @"sales team", @"crm", @"win rates?", @"close rates?", @"prospect\w*", @"territor\w*", @"commissions?", @"upsell\w*"],
            "pipeline, quota and revenue"),
        new("procurement", "Procurement", ["procurement", "purchasing", "head_of_procurement", "buyer", "cpo"],
            ["head of procurement", "procurement manager", "purchasing manager", "procurement lead"],
            ["procurement", "purchasing"],
            [@"procurement", @"vendors?", @"suppliers?", @"terms", @"slas?", @"rfps?", @"tenders?", @"purchase orders?", @"legal", @"liabilit\w*", @"negotiat\w*"],
            "vendor terms and the buying process"),
        new("hr", "HR", ["hr", "chro", "head_of_people", "people", "hr_director", "head_of_hr", "people_ops"],
            ["chro", "chief people officer", "head of hr", "head of people", "hr director"],
            ["hr", "human resources", "the people team", "people ops"],
            [@"hiring", @"hires?", @"recruit\w*", @"employees?", @"talent", @"retention", @"culture", @"headcount", @"payroll", @"benefits? package"],
            "people, hiring and culture"),
    ];

    /// <summary>The group of a representative's role key, or a group made from the key itself ("head_of_growth").</summary>
    public static RoleGroup For(string role)
    {
        var key = role.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        var known = Groups.FirstOrDefault(g => g.RoleKeys.Contains(key));
        if (known is not null)
        {
            return known;
        }

        var words = key.Replace('_', ' ');
        return new RoleGroup(key, Titled(words), [key], [words], [], [], words);
    }

    /// <summary>Human label of a role key: "CFO", "VP Sales", "Head of Growth".</summary>
    public static string Label(string role) => Titled(role.Trim().Replace('_', ' ').Replace('-', ' '));

    private static string Titled(string words) =>
        string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w =>
            w is "of" or "and" or "the" ? w : w.Length <= 3 ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));
}
