using Roundtable.Server.Data;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Tests.Crash;

/// <summary>
/// The businesses the crashed server runs: different rhythms (classic and aligned, short and long
/// conversations), so that every kill catches some business waiting, some mid-conversation, some on
/// a break; one of them pays per conversation, to check that a crash never charges twice.
/// </summary>
internal static class CrashBusinesses
{
    public const int LimitedCredits = 1000;

    public const string LimitedName = "Limited Credits Plumbing";

    public static async Task SeedAsync(RoundtableDbContext db, DateTimeOffset now)
    {
        for (var i = 0; i < 8; i++)
        {
            db.Businesses.Add(Unlimited($"Classic {i}", now, new CycleOverrides
            {
                MessageInterval = TimeSpan.FromMilliseconds(250 + 50 * (i % 4)),
                MessagesPerConversation = i % 2 == 0 ? 16 : 6,
                BreakDuration = TimeSpan.FromMilliseconds(500 + 250 * (i % 3)),
            }));
        }

        for (var i = 0; i < 2; i++)
        {
            db.Businesses.Add(Unlimited($"Aligned {i}", now, new CycleOverrides
            {
                Mode = "aligned",
                CycleLength = TimeSpan.FromSeconds(6),
                MessagesPerConversation = 12,
                GapMin = TimeSpan.FromMilliseconds(200),
                GapMax = TimeSpan.FromMilliseconds(350),
            }));
        }

        var limited = Unlimited(LimitedName, now, new CycleOverrides());
        limited.Credits = LimitedCredits;
        db.Businesses.Add(limited);
        await db.SaveChangesAsync();
    }

    private static Business Unlimited(string name, DateTimeOffset now, CycleOverrides cycle) => new()
    {
        Name = name,
        Industry = "Roofing",
        Location = "Lodi, New Jersey",
        Description = "A business the crash test runs",
        SubscriptionPlan = "Enterprise",
        Credits = -1,
        CreatedAt = now,
        Cycle = cycle,
    };
}
