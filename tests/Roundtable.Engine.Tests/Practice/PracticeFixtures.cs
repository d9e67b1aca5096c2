using Roundtable.Engine.Practice;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Providers;
using Roundtable.Engine.Tests.Support;

namespace Roundtable.Engine.Tests.Practice;

/// <summary>Meetings, transcripts and provider chains the Practice tests share.</summary>
internal static class PracticeFixtures
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static Representative Ceo { get; } = new("rep-ceo", "John Smith", "ceo", 48, [PersonalityTraits.Arrogant], IsDecisionMaker: true);

    public static Representative Cfo { get; } = new("rep-cfo", "Maria Lopez", "cfo", 30, [PersonalityTraits.Analytical], IsDecisionMaker: false);

    /// <summary>A first name that is also a common word ("Will this…").</summary>
    public static Representative Cto { get; } = new("rep-cto", "Will Chen", "cto", 14, [PersonalityTraits.Angry], IsDecisionMaker: false);

    public static ProductBrief Product { get; } = new(
        "LedgerFlow",
        "Automated accounts-payable software that reads invoices, matches them to purchase orders and schedules payments.",
        "https://ledgerflow.example",
        [
            new KnowledgeSnippet("m1", "LedgerFlow overview.pdf", "LedgerFlow cuts invoice processing time by 62% on average across 140 mid-size customers."),
            new KnowledgeSnippet("m2", "Security whitepaper.pdf", "LedgerFlow is SOC 2 Type II certified and integrates with NetSuite, SAP and Oracle through a REST API."),
            new KnowledgeSnippet("m3", "Pricing sheet.pdf", "Plans start at $1,200 per month for up to 2,000 invoices, with a 90-day payback guarantee."),
        ]);

    public static CompanyProfile Company { get; } = new()
    {
        Name = "Northwind Logistics",
        Industry = "Freight and logistics",
        CompanySize = "800-1200",
        Headquarters = "Rotterdam",
        TechStack = ["SAP", "Salesforce", "Azure"],
        OpenRoles = ["Accounts Payable Specialist", "Finance Systems Analyst"],
        LatestNews = ["Northwind Logistics opens a new hub in Hamburg"],
    };

    public static MeetingBrief Meeting(params Representative[] representatives) => new(
        Product,
        Company,
        representatives.Length == 0 ? [Ceo, Cfo, Cto] : representatives,
        "Agree on a paid pilot for the accounts-payable team",
        "intermediate",
        30,
        []);

    public static MeetingLine Sales(int turn, string text, int atSeconds = 0) =>
        new(turn, MeetingLine.SalespersonId, "Sam Seller", text, Start.AddSeconds(atSeconds));

    public static MeetingLine Rep(int turn, Representative representative, string text, int atSeconds = 0) =>
        new(turn, representative.Id, representative.Name, text, Start.AddSeconds(atSeconds));

    /// <summary>A registry with no providers configured: every chain ends at the offline model.</summary>
    public static ProviderRegistry OfflineRegistry() => new([], TimeProvider.System);

    /// <summary>A registry whose OpenAI provider is the loopback server, without retries.</summary>
    public static ProviderRegistry LoopbackRegistry(LoopbackProviderServer server) =>
        new([server.SettingsFor(KnownProviders.OpenAI) with { MaxRetries = 0, Timeout = TimeSpan.FromSeconds(10) }], TimeProvider.System);

    public static Microsoft.Extensions.AI.IChatClient Chain(ProviderRegistry registry) =>
        registry.CreateChainClient([new ProviderLink(KnownProviders.OpenAI)]);
}
