using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roundtable.Engine.Practice;
using Roundtable.Server.Accounts;
using Roundtable.Server.Data;
using Roundtable.Server.Practice.Companies;
using Roundtable.Server.Practice.Materials;
using Roundtable.Server.Practice.Salespeople;
using Roundtable.Server.Practice.Workspace;

namespace Roundtable.Server.Practice;

/// <summary>
/// The demo workspace: a salesperson with a product one-pager, a prospect company entered by hand, and
/// three representatives with distinct roles and personalities — enough for a 1-on-3 meeting at once.
/// </summary>
internal static partial class PracticeDemoData
{
    private const string OnePagerName = "ledgerflow-one-pager.md";

    private const string OnePager =
        """
        # LedgerFlow — accounts payable on autopilot

        LedgerFlow reads supplier invoices from email and EDI, matches them to purchase orders and goods
        receipts, and routes exceptions to the right approver.

        ## Pricing
        - Growth plan: $1,200 per month for up to 2,000 invoices.
        - Scale plan: $2,900 per month for up to 10,000 invoices, with ERP sync and SSO.
        - Implementation: a fixed $6,500, typically live in four weeks.

        ## Results customers report
        - Invoice processing cost falls from about $9 to $2 per invoice.
        - Approval cycle time drops from 11 days to 3 days; early-payment discounts captured rise by 40%.

        ## Integration and security
        - Native connectors for NetSuite, SAP Business One and Microsoft Dynamics 365; REST API and webhooks.
        - SOC 2 Type II, SSO with SAML, data encrypted at rest and in transit, EU or US hosting.
        """;

    public static async Task SeedAsync(
        RoundtableDbContext db, MaterialIntake materials, TimeProvider timeProvider, string? apiKey, CancellationToken cancellationToken)
    {
        if (await db.Applications.AnyAsync(a => a.Name == DemoWorkspace.ApplicationName, cancellationToken))
        {
            return;
        }

        var application = (await ApplicationRegistrar.CreateAsync(db, DemoWorkspace.ApplicationName, timeProvider.GetUtcNow(), cancellationToken,
            string.IsNullOrWhiteSpace(apiKey) ? null : apiKey)).Application;
        var onePager = await SeedSalespersonAsync(db, materials, application.Id, timeProvider, cancellationToken);
        db.Companies.Add(Company(application.Id, timeProvider.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        materials.Publish(onePager);
    }

    private static async Task<PreparedMaterials> SeedSalespersonAsync(
        RoundtableDbContext db, MaterialIntake materials, Guid applicationId, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var salesperson = new Salesperson
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            ApplicationId = applicationId,
            Name = "Alex Morgan",
            ProductName = "LedgerFlow",
            Description = "Accounts-payable automation: invoice capture, three-way matching and approval routing for mid-market finance teams.",
            ProductUrl = "https://ledgerflow.example",
            CreatedAt = timeProvider.GetUtcNow(),
        };
        var content = Encoding.UTF8.GetBytes(OnePager);
        var extracted = await materials.ExtractAsync(OnePagerName, content, cancellationToken);
        var prepared = new PreparedMaterials();
        await materials.PrepareAsync(salesperson, [new UploadedMaterial(OnePagerName, content, extracted)], prepared, cancellationToken);
        db.Salespeople.Add(salesperson);
        MaterialIntake.AddTo(db, salesperson, prepared);
        return prepared;
    }

    private static Company Company(Guid applicationId, DateTimeOffset now)
    {
        var company = new Company
        {
            Id = Guid.CreateVersion7(now),
            ApplicationId = applicationId,
            Name = "Northwind Freight",
            Url = "https://northwind-freight.example",
            Source = "manual",
            CreatedAt = now,
            CompanyDataJson = CompanyData.ToJson(new CompanyProfile
            {
                Name = "Northwind Freight",
                Description = "Regional freight forwarder running road and rail logistics across the Midwest.",
                Industry = "Logistics",
                CompanySize = "800-1,000",
                Headquarters = "Columbus, Ohio",
                Revenue = "$240M",
                Founded = "1998",
                TechStack = ["Microsoft Dynamics 365", "Azure", "Power BI"],
                OpenPositions = 3,
                OpenRoles = ["Accounts Payable Specialist", "ERP Analyst", "Controller"],
                LatestNews = ["Northwind Freight opens a cross-dock hub in Indianapolis", "Northwind Freight moves its finance systems to the cloud"],
            }),
        };
        company.Representatives =
        [
            Representative(company.Id, "Maria Lopez", "cfo", 38, [PersonalityTraits.Analytical, PersonalityTraits.ColdHearted], true,
                "Owns the budget; wants a payback period under a year.", now),
            Representative(company.Id, "John Carter", "ceo", 84, [PersonalityTraits.Arrogant, PersonalityTraits.Cool], true,
                "Founder's successor; cares about growth and not being distracted.", now.AddTicks(1)),
            Representative(company.Id, "Priya Shah", "cto", 22, [PersonalityTraits.Nice, PersonalityTraits.Analytical], false,
                "Led the Dynamics 365 migration; wary of another integration project.", now.AddTicks(2)),
        ];
        return company;
    }

    private static CompanyRepresentative Representative(
        Guid companyId, string name, string role, int tenure, string[] traits, bool decisionMaker, string notes, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CompanyId = companyId,
        Name = name,
        Role = role,
        TenureMonths = tenure,
        PersonalityTraitsJson = JsonSerializer.Serialize(traits),
        IsDecisionMaker = decisionMaker,
        Notes = notes,
        CreatedAt = now,
    };
}
