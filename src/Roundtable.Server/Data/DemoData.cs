using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Billing;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Data;

/// <summary>The demo data seed 000 starts with: the featured roofing business and the four credit packages.</summary>
internal static class DemoData
{
    public static readonly string[] RoofingTopics =
    [
        "Emergency Roof Repair Services and 24/7 Availability",
        "Professional Roofing Installation with Quality Materials",
        "Customer Satisfaction and Transparent Pricing Policy",
        "Storm Damage Restoration and Insurance Claims",
        "Preventive Roof Maintenance and Inspection Services",
    ];

    /// <summary>Adds what is missing; running it again changes nothing.</summary>
    public static async Task SeedAsync(RoundtableDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await db.CreditPackages.AnyAsync(cancellationToken))
        {
            db.CreditPackages.AddRange(
                new CreditPackage { Name = "Starter", Credits = 3, PriceCents = 0, Description = "Free trial package" },
                new CreditPackage { Name = "Basic", Credits = 25, PriceCents = 2999, Description = "For small businesses" },
                new CreditPackage { Name = "Pro", Credits = 100, PriceCents = 9999, Description = "For growing businesses", IsPopular = true },
                new CreditPackage { Name = "Enterprise", Credits = -1, PriceCents = 29999, Description = "Unlimited conversations" });
        }

        if (!await db.Businesses.AnyAsync(cancellationToken))
        {
            db.Businesses.Add(new Business
            {
                Name = "Perfect Roofing Team",
                Industry = "Roofing",
                Location = "Lodi, New Jersey",
                Website = "perfectroofingteam.com",
                Phone = "(555) 123-4567",
                Description = "Professional roofing services with 20+ years experience",
                IsFeatured = true,
                SubscriptionPlan = "Enterprise",
                Credits = -1,
                CreatedAt = now,
                Topics = RoofingTopics.Select((text, index) => new BusinessTopic { Position = index, Text = text }).ToList(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
