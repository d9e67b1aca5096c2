using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Showcase;

namespace Roundtable.Bench;

/// <summary>Creates the schema and N businesses with unlimited credits (and, staggered, their cycles' anchors).</summary>
internal static class BusinessSeeder
{
    private const int Chunk = 1000;

    private static readonly string[] Industries = ["Roofing", "Plumbing", "Dental", "Landscaping", "Accounting", "Bakery", "Law", "Fitness"];

    private static readonly string[] Places = ["Lodi, New Jersey", "Austin, Texas", "Leeds, UK", "Porto, Portugal", "Denver, Colorado"];

    public static async Task SeedAsync(BenchDatabase database, BenchOptions options)
    {
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        var now = DateTimeOffset.UtcNow;
        for (var first = 0; first < options.Businesses; first += Chunk)
        {
            await using var db = database.CreateContext();
            db.Businesses.AddRange(Enumerable.Range(first, Math.Min(Chunk, options.Businesses - first)).Select(i => new Business
            {
                Name = $"Bench Business {i + 1}",
                Industry = Industries[i % Industries.Length],
                Location = Places[i % Places.Length],
                Description = "A business the Showcase bench runs",
                SubscriptionPlan = "Enterprise",
                Credits = -1,
                CreatedAt = now,
            }));
            await db.SaveChangesAsync();
        }
    }

    /// <summary>
    /// Starts every business's clock so that business i's first conversation begins i/N of the stagger window after
    /// <paramref name="firstStart"/>: the load is even instead of arriving all at once.
    /// </summary>
    public static async Task StaggerAsync(BenchDatabase database, BenchOptions options, DateTimeOffset firstStart)
    {
        List<int> ids;
        await using (var db = database.CreateContext())
        {
            ids = await db.Businesses.OrderBy(b => b.Id).Select(b => b.Id).ToListAsync();
        }

        var now = DateTimeOffset.UtcNow;
        foreach (var chunk in ids.Select((id, index) => (id, index)).Chunk(Chunk))
        {
            await using var db = database.CreateContext();
            db.ShowcaseCycles.AddRange(chunk.Select(b => new ShowcaseCycle
            {
                BusinessId = b.id,
                Anchor = firstStart - options.InitialDelay + options.StaggerWindow * ((double)b.index / ids.Count),
                UpdatedAt = now,
            }));
            await db.SaveChangesAsync();
        }
    }
}
