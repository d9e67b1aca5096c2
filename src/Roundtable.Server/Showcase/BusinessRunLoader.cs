using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>
/// Reads what the scheduler keeps in memory from the database, in a handful of queries for all
/// businesses at start (or for one, after a failure or a change): profiles with topics, cycles, and
/// conversations left running with how many messages are public and the text of the rest.
/// </summary>
public sealed class BusinessRunLoader(IRoundtableDbContextFactory contexts, IOptions<ShowcaseOptions> options)
{
    public Task<List<BusinessRun>> LoadAllAsync(CancellationToken cancellationToken) => LoadAsync(null, cancellationToken);

    /// <summary>The business as stored now; null when it no longer exists.</summary>
    public async Task<BusinessRun?> LoadAsync(int businessId, CancellationToken cancellationToken) =>
        (await LoadAsync((int?)businessId, cancellationToken)).SingleOrDefault();

    private async Task<List<BusinessRun>> LoadAsync(int? businessId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(2));
        var businesses = await db.Businesses.AsNoTracking().Include(b => b.Topics).AsSplitQuery()
            .Where(b => businessId == null || b.Id == businessId)
            .ToListAsync(cancellationToken);
        var cycles = await db.ShowcaseCycles.AsNoTracking()
            .Where(c => businessId == null || c.BusinessId == businessId)
            .ToDictionaryAsync(c => c.BusinessId, cancellationToken);
        var open = db.Conversations.Where(c => c.Status == ConversationStatus.Active && (businessId == null || c.BusinessId == businessId));
        var conversations = await open.AsNoTracking().ToListAsync(cancellationToken);
        // Joined from the open conversations (few, by the status index) to their messages (by the conversation index),
        // so a restart does not scan the whole message history.
        var messages = open.Join(db.ConversationMessages, c => c.Id, m => m.ConversationId, (_, m) => m);
        var published = await messages
            .Where(m => m.PublishedAt != null)
            .GroupBy(m => m.ConversationId)
            .Select(g => new { ConversationId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ConversationId, g => g.Count, cancellationToken);
        var pending = (await messages.AsNoTracking()
            .Where(m => m.PublishedAt == null)
            .ToListAsync(cancellationToken)).ToLookup(m => m.ConversationId);
        var running = conversations.ToLookup(c => c.BusinessId);

        return [.. businesses.Select(business =>
        {
            var planner = CycleDefinitions.For(business, options.Value).CreatePlanner();
            var cycle = cycles.GetValueOrDefault(business.Id);
            var run = new BusinessRun(business, cycle, planner);
            foreach (var conversation in running[business.Id].OrderBy(c => c.CycleIndex))
            {
                // Without a cycle there is no plan to finish it by; it cannot have been started by this scheduler.
                if (cycle is not null)
                {
                    var plan = planner.PlanConversation(cycle.Anchor, conversation.CycleIndex);
                    run.Open.Add(ConversationRun.Resume(business, plan, conversation,
                        published.GetValueOrDefault(conversation.Id), pending[conversation.Id]));
                }
            }

            return run;
        })];
    }
}
