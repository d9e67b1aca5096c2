using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Conversations;
using Roundtable.Server.Showcase;

namespace Roundtable.Bench;

/// <summary>What the database holds after a run, reduced to the figures the bench reports.</summary>
internal sealed record ShowcaseMeasurement(
    int CyclesStarted,
    int ConversationsStarted,
    int ConversationsCompleted,
    int MessagesWritten,
    int MessagesPublished,
    int PublishedInWindow,
    int WrittenInWindow,
    int MessagesDue,
    int MessagesDueUnpublished,
    int MessagesWrittenLate,
    LatencyStats StampedLateness,
    LatencyStats VisitorLateness,
    LatencyStats StampToVisitor,
    IReadOnlyList<int> PublishedPerBucket,
    IReadOnlyList<double> P99LatenessPerBucket)
{
    /// <summary>The timeline's resolution: what happened in each slice of the run.</summary>
    public static readonly TimeSpan Bucket = TimeSpan.FromSeconds(5);

    /// <summary>A message planned this close to the end may fairly still be unpublished.</summary>
    private static readonly TimeSpan EndGrace = TimeSpan.FromSeconds(2);

    public static async Task<ShowcaseMeasurement> ReadAsync(BenchDatabase database, BenchOptions options,
        DateTimeOffset windowStart, DateTimeOffset windowEnd, IReadOnlyCollection<ObservedMessage> observed)
    {
        await using var db = database.CreateContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        var conversations = await db.Conversations.AsNoTracking().Select(c => new { c.Status }).ToListAsync();
        var messages = await db.ConversationMessages.AsNoTracking()
            .Select(m => new { m.Id, m.PlannedAt, m.PublishedAt, m.CreatedAt })
            .ToListAsync();
        var businesses = await db.Businesses.AsNoTracking().ToDictionaryAsync(b => b.Id);
        var cycles = await db.ShowcaseCycles.AsNoTracking().ToListAsync();

        var published = messages.Where(m => m.PublishedAt is not null).ToList();
        var dueUntil = windowEnd - EndGrace;
        var dueAndPublished = published.Count(m => m.PlannedAt >= windowStart && m.PlannedAt <= dueUntil);
        var due = Due(cycles, businesses, options, windowStart, dueUntil);

        // Published messages by when they were published: waves and stalls show the scheduler's rhythm.
        var bucketCount = (int)Math.Ceiling((windowEnd - windowStart) / Bucket);
        var buckets = Enumerable.Range(0, bucketCount).Select(i =>
        {
            var from = windowStart + Bucket * i;
            var inBucket = published.Where(m => m.PublishedAt >= from && m.PublishedAt < from + Bucket).ToList();
            return (inBucket.Count, LatencyStats.Of(inBucket.Select(m => (m.PublishedAt!.Value - m.PlannedAt).TotalMilliseconds)).P99);
        }).ToList();

        var planned = messages.ToDictionary(m => m.Id, m => (m.PlannedAt, m.PublishedAt));
        var seen = observed.Where(o => planned.ContainsKey(o.Id)).ToList();
        return new ShowcaseMeasurement(
            cycles.Count,
            conversations.Count,
            conversations.Count(c => c.Status == ConversationStatus.Completed),
            messages.Count,
            published.Count,
            published.Count(m => m.PublishedAt >= windowStart && m.PublishedAt <= windowEnd),
            messages.Count(m => m.CreatedAt >= windowStart && m.CreatedAt <= windowEnd),
            due,
            Math.Max(0, due - dueAndPublished),
            messages.Count(m => m.CreatedAt >= m.PlannedAt),
            LatencyStats.Of(published.Select(m => (m.PublishedAt!.Value - m.PlannedAt).TotalMilliseconds)),
            LatencyStats.Of(seen.Select(o => (o.ReceivedAt - planned[o.Id].PlannedAt).TotalMilliseconds)),
            LatencyStats.Of(seen.Select(o => (o.ReceivedAt - o.Stamp).TotalMilliseconds)),
            [.. buckets.Select(b => b.Count)],
            [.. buckets.Select(b => b.P99)]);
    }

    /// <summary>How many messages the businesses' plans put in [from, until].</summary>
    private static int Due(IEnumerable<ShowcaseCycle> cycles, IReadOnlyDictionary<int, Business> businesses, BenchOptions options,
        DateTimeOffset from, DateTimeOffset until)
    {
        var defaults = new ShowcaseOptions
        {
            InitialDelay = options.InitialDelay,
            MessageInterval = options.MessageInterval,
            MessagesPerConversation = options.Messages,
            BreakDuration = options.BreakDuration,
        };
        var due = 0;
        foreach (var cycle in cycles)
        {
            var planner = CycleDefinitions.For(businesses[cycle.BusinessId], defaults).CreatePlanner();
            for (var plan = planner.FirstConversation(cycle.Anchor); plan.StartsAt <= until; plan = planner.PlanConversation(cycle.Anchor, plan.Index + 1))
            {
                due += plan.MessageTimes.Count(t => t >= from && t <= until);
            }
        }

        return due;
    }
}
