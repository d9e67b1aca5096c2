using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Conversations;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Tests.Crash;

/// <summary>
/// Everything the database says about the Showcase at one moment, read with the server's own model,
/// and the durability rules it must satisfy whenever the server was killed.
/// </summary>
internal sealed record ShowcaseLedger(
    IReadOnlyList<Business> Businesses,
    IReadOnlyList<ShowcaseCycle> Cycles,
    IReadOnlyList<Conversation> Conversations,
    IReadOnlyList<MessageRecord> Messages)
{
    public int PublishedCount => Messages.Count(m => m.PublishedAt is not null);

    public static async Task<ShowcaseLedger> ReadAsync(CrashDatabase database)
    {
        await using var db = database.CreateContext();
        var businesses = await db.Businesses.AsNoTracking().ToListAsync();
        var cycles = await db.ShowcaseCycles.AsNoTracking().ToListAsync();
        var conversations = await db.Conversations.AsNoTracking().ToListAsync();
        var messages = await db.ConversationMessages.AsNoTracking()
            .Select(m => new MessageRecord(m.ConversationId, m.MessageNumber, m.PlannedAt, m.PublishedAt))
            .ToListAsync();
        return new ShowcaseLedger(businesses, cycles, conversations, messages);
    }

    public int PublishedSince(DateTimeOffset time) => Messages.Count(m => m.PublishedAt >= time);

    /// <summary>Conversations that were running at one of the <paramref name="kills"/> and were completed after it.</summary>
    public int CompletedAcross(IReadOnlyCollection<DateTimeOffset> kills) =>
        Conversations.Count(c => kills.Any(kill => c.CreatedAt < kill && c.CompletedAt > kill));

    /// <summary>
    /// Slots that started while a run of the server was up (healthy, and not killed within the next
    /// <paramref name="grace"/>) but have no conversation: skipping is only for slots missed while the
    /// server was down.
    /// </summary>
    public IReadOnlyList<string> SlotsSkippedWhileUp(IReadOnlyList<CrashRun> runs, ShowcaseOptions defaults, TimeSpan grace)
    {
        var problems = new List<string>();
        var end = runs.Max(r => r.KilledAt);
        foreach (var cycle in Cycles)
        {
            var business = Businesses.Single(b => b.Id == cycle.BusinessId);
            var started = Conversations.Where(c => c.BusinessId == business.Id).Select(c => c.CycleIndex).ToHashSet();
            var planner = CycleDefinitions.For(business, defaults).CreatePlanner();
            for (var plan = planner.FirstConversation(cycle.Anchor); plan.StartsAt < end; plan = planner.PlanConversation(cycle.Anchor, plan.Index + 1))
            {
                var up = runs.FirstOrDefault(r => r.HealthyAt <= plan.StartsAt && plan.StartsAt + grace <= r.KilledAt);
                if (up is not null && !started.Contains(plan.Index))
                {
                    problems.Add($"business {business.Id} ({business.Name}): slot {plan.Index} starting {plan.StartsAt:HH:mm:ss.fff} "
                        + $"was skipped although run {up.Number} was up from {up.HealthyAt:HH:mm:ss.fff} to {up.KilledAt:HH:mm:ss.fff}");
                }
            }
        }

        return problems;
    }

    /// <summary>Every broken rule, described; empty when the database is consistent.</summary>
    public IReadOnlyList<string> Violations()
    {
        var problems = new List<string>();
        var messages = Messages.ToLookup(m => m.ConversationId);
        foreach (var conversation in Conversations)
        {
            CheckConversation(conversation, messages[conversation.Id].OrderBy(m => m.MessageNumber).ToList(), problems);
        }

        foreach (var business in Businesses)
        {
            CheckBusiness(business, Conversations.Where(c => c.BusinessId == business.Id).OrderBy(c => c.CycleIndex).ToList(), problems);
        }

        return problems;
    }

    private static void CheckConversation(Conversation conversation, IReadOnlyList<MessageRecord> messages, List<string> problems)
    {
        var name = $"conversation {conversation.Id} (business {conversation.BusinessId}, slot {conversation.CycleIndex}, {conversation.Status})";
        var numbers = messages.Select(m => m.MessageNumber).ToList();
        if (!numbers.SequenceEqual(Enumerable.Range(1, numbers.Count)))
        {
            problems.Add($"{name}: message numbers [{string.Join(',', numbers)}] are not exactly 1..{numbers.Count}");
        }

        if (numbers.Count > conversation.TotalMessages)
        {
            problems.Add($"{name}: {numbers.Count} messages stored, more than its {conversation.TotalMessages}");
        }

        var published = messages.TakeWhile(m => m.PublishedAt is not null).Count();
        if (messages.Skip(published).Any(m => m.PublishedAt is not null))
        {
            problems.Add($"{name}: published messages are not a prefix 1..k");
        }

        foreach (var early in messages.Where(m => m.PublishedAt < m.PlannedAt))
        {
            problems.Add($"{name}: message {early.MessageNumber} published at {early.PublishedAt:O}, before its planned {early.PlannedAt:O}");
        }

        if (conversation.Status == ConversationStatus.Completed
            && (numbers.Count != conversation.TotalMessages || published != conversation.TotalMessages || conversation.CompletedAt is null))
        {
            problems.Add($"{name}: completed with {numbers.Count} stored and {published} published of {conversation.TotalMessages} messages");
        }
    }

    private static void CheckBusiness(Business business, IReadOnlyList<Conversation> conversations, List<string> problems)
    {
        if (conversations.Select(c => c.CycleIndex).Distinct().Count() != conversations.Count)
        {
            problems.Add($"business {business.Id}: two conversations for one slot");
        }

        // A crash may leave the newest conversation running; every older one must have been finished on restart.
        foreach (var open in conversations.SkipLast(1).Where(c => c.Status != ConversationStatus.Completed))
        {
            problems.Add($"business {business.Id}: conversation {open.Id} (slot {open.CycleIndex}) was left {open.Status} behind a newer one");
        }

        if (business.Name == CrashBusinesses.LimitedName && CrashBusinesses.LimitedCredits - business.Credits != conversations.Count)
        {
            problems.Add($"business {business.Id}: {CrashBusinesses.LimitedCredits - business.Credits} credits charged for {conversations.Count} conversations");
        }
    }
}
