using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Roundtable.Engine.Pacing;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>
/// Brings one business's cycle up to date with its plan at the current time: starts the planned
/// conversation (charging a credit), publishes every message that is due, completes what is over,
/// and finishes conversations a crash or downtime left open. Everything is derived from the
/// stored anchor and the database, so running it twice, or after a restart, changes nothing more.
/// </summary>
public sealed partial class ShowcaseCycleRunner(
    IRoundtableDbContextFactory contexts,
    ShowcaseMessageWriter writer,
    ShowcaseMessagePublisher publisher,
    ShowcaseStateStore states,
    IShowcaseBroadcaster broadcaster,
    TimeProvider timeProvider,
    IOptions<ShowcaseOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<ShowcaseCycleRunner> logger)
{
    // When this process came up: a slot whose messages fell due before it was missed while the server was down.
    private readonly DateTimeOffset upSince = timeProvider.GetUtcNow();

    /// <summary>Advances the business; returns when it next needs attention, or null when nothing is scheduled.</summary>
    public async Task<DateTimeOffset?> AdvanceAsync(int businessId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var db = contexts.CreateDbContext();
        var business = await db.Businesses.AsNoTracking().Include(b => b.Topics).FirstOrDefaultAsync(b => b.Id == businessId, cancellationToken);
        if (business is null)
        {
            return null;
        }

        var cycle = await CycleOf(db, business, now, cancellationToken);
        var planner = CycleDefinitions.For(business, options.Value).CreatePlanner();
        var moment = planner.At(cycle.Anchor, now);
        await FinishOpenConversationsAsync(db, business, planner, cycle.Anchor, moment, cancellationToken);

        if (cycle.PausedAt is not null)
        {
            await ShowAsync(Paused(business.Id, now), cancellationToken);
            return null;
        }

        if (moment is { Phase: CyclePhase.Active, Conversation: { } plan })
        {
            var conversation = await StartOrFindAsync(db, business, plan, moment, now, cancellationToken);
            if (conversation is null && await PauseIfOutOfCreditsAsync(db, cycle, business, now, cancellationToken))
            {
                return null;
            }

            if (conversation is not null)
            {
                return await RunAsync(conversation, business, plan, moment, now, cancellationToken);
            }
        }

        var idle = moment.Phase == CyclePhase.Waiting ? ShowcaseStatus.Waiting : ShowcaseStatus.Break;
        await ShowAsync(new ShowcaseState
        {
            BusinessId = business.Id,
            Status = idle,
            TotalMessages = moment.Next.MessageCount,
            NextConversationTime = moment.Next.StartsAt,
            NextEventTime = moment.Next.StartsAt,
            PhaseStartedAt = idle == ShowcaseStatus.Waiting ? cycle.Anchor : moment.Conversation?.CompletesAt,
            ServerTime = now,
        }, cancellationToken);
        return moment.Next.StartsAt;
    }

    private async Task<DateTimeOffset> RunAsync(Conversation conversation, Business business, ConversationPlan plan, CycleMoment moment,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var work = new ConversationWork(conversation.Id, business, conversation.Topic!, conversation.Seed, plan);
        await publisher.PublishDueAsync(work, moment.MessagesDue, now, cancellationToken);
        LookAhead(work, moment.MessagesDue + options.Value.GenerationLookahead);
        await ShowAsync(new ShowcaseState
        {
            BusinessId = business.Id,
            Status = ShowcaseStatus.Active,
            MessageCount = moment.MessagesDue,
            TotalMessages = plan.MessageCount,
            CurrentConversationId = conversation.Id,
            Topic = conversation.Topic,
            NextConversationTime = moment.Next.StartsAt,
            NextEventTime = moment.NextEventAt,
            PhaseStartedAt = plan.StartsAt,
            ServerTime = now,
        }, cancellationToken);
        return moment.NextEventAt;
    }

    private async Task<ShowcaseCycle> CycleOf(RoundtableDbContext db, Business business, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cycle = await db.ShowcaseCycles.FindAsync([business.Id], cancellationToken);
        if (cycle is null)
        {
            cycle = new ShowcaseCycle { BusinessId = business.Id, Anchor = now, UpdatedAt = now };
            db.ShowcaseCycles.Add(cycle);
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (cycle.PausedAt is not null && business.Credits != 0)
        {
            // Credits came back: a fresh cycle starts from now, with its usual wait.
            cycle.Anchor = now;
            cycle.PausedAt = null;
            cycle.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            LogResumed(logger, business.Id);
        }

        return cycle;
    }

    /// <summary>
    /// Conversations still open from an earlier slot (the server was down or crashed while they ran)
    /// are finished now: their missing messages are written and published at once, in order.
    /// </summary>
    private async Task FinishOpenConversationsAsync(RoundtableDbContext db, Business business, ICyclePlanner planner,
        DateTimeOffset anchor, CycleMoment moment, CancellationToken cancellationToken)
    {
        var runningIndex = moment.Phase == CyclePhase.Active ? moment.Conversation?.Index : null;
        var open = await db.Conversations.AsNoTracking()
            .Where(c => c.BusinessId == business.Id && c.Status == ConversationStatus.Active)
            .ToListAsync(cancellationToken);
        foreach (var conversation in open.Where(c => c.CycleIndex != runningIndex))
        {
            var plan = planner.PlanConversation(anchor, conversation.CycleIndex);
            var work = new ConversationWork(conversation.Id, business, conversation.Topic!, conversation.Seed, plan);
            await publisher.PublishDueAsync(work, plan.MessageCount, timeProvider.GetUtcNow(), cancellationToken);
            await publisher.CompleteAsync(conversation.Id, timeProvider.GetUtcNow(), cancellationToken);
            writer.Forget(conversation.Id);
        }
    }

    private async Task<Conversation?> StartOrFindAsync(RoundtableDbContext db, Business business, ConversationPlan plan, CycleMoment moment,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.Conversations.AsNoTracking()
            .FirstOrDefaultAsync(c => c.BusinessId == business.Id && c.CycleIndex == plan.Index, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        // A slot that had more than one message due while the server was down is skipped, not crammed in.
        // One that is merely late because this process was busy is started and catches up: skipping it
        // would silently drop a conversation from a server that never stopped.
        if (moment.MessagesDue > 1 && plan.MessageTimes[1] < upSince)
        {
            LogSkipped(logger, business.Id, plan.Index);
            return null;
        }

        return await ConversationStarter.TryStartAsync(db, business, plan, TopicPicker.For(business, plan.Index), now, cancellationToken);
    }

    private async Task<bool> PauseIfOutOfCreditsAsync(RoundtableDbContext db, ShowcaseCycle cycle, Business business, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var credits = await db.Businesses.Where(b => b.Id == business.Id).Select(b => b.Credits).FirstAsync(cancellationToken);
        if (credits != 0)
        {
            return false;
        }

        cycle.PausedAt = now;
        cycle.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        LogPaused(logger, business.Id);
        await ShowAsync(Paused(business.Id, now), cancellationToken);
        return true;
    }

    private void LookAhead(ConversationWork work, int upTo)
    {
        if (upTo <= 0)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                // Stops with the host, so no write lands after shutdown.
                await writer.EnsureWrittenAsync(work, upTo, lifetime.ApplicationStopping);
            }
            catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or OperationCanceledException)
            {
                // The scheduler writes the message itself when it falls due; this was only a head start.
                LogLookAheadFailed(logger, work.ConversationId, exception.Message);
            }
        });
    }

    private async Task ShowAsync(ShowcaseState state, CancellationToken cancellationToken)
    {
        if (states.Set(state))
        {
            await broadcaster.StateChangedAsync(state, cancellationToken);
        }
    }

    private static ShowcaseState Paused(int businessId, DateTimeOffset now) =>
        new() { BusinessId = businessId, Status = ShowcaseStatus.Paused, ServerTime = now };

    [LoggerMessage(Level = LogLevel.Information, Message = "Showcase business {BusinessId}: out of credits, cycle paused")]
    private static partial void LogPaused(ILogger logger, int businessId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Showcase business {BusinessId}: credits available again, cycle restarted")]
    private static partial void LogResumed(ILogger logger, int businessId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Showcase business {BusinessId}: slot {Index} was missed while the server was down; skipped")]
    private static partial void LogSkipped(ILogger logger, int businessId, int index);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Showcase conversation {ConversationId}: look-ahead writing failed: {Reason}")]
    private static partial void LogLookAheadFailed(ILogger logger, int conversationId, string reason);
}
