using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Roundtable.Engine.Pacing;
using Roundtable.Server.Conversations;

namespace Roundtable.Server.Showcase;

/// <summary>
/// Brings one business's cycle up to date with its plan at the current time: starts the planned
/// conversation (charging a credit), publishes every message that is due, completes what is over,
/// and finishes conversations a crash or downtime left open. It works from what the scheduler keeps
/// in memory and changes the database only through the <see cref="ShowcaseWriteQueue"/>; every
/// change is conditional, so running it twice, or after a restart, changes nothing more.
/// </summary>
public sealed partial class ShowcaseCycleRunner(
    ShowcaseWriteQueue writes,
    ShowcaseMessageWriter writer,
    ShowcaseMessagePublisher publisher,
    ShowcaseLookahead lookahead,
    ShowcaseStateStore states,
    IShowcaseBroadcaster broadcaster,
    TimeProvider timeProvider,
    IOptions<ShowcaseOptions> options,
    ILogger<ShowcaseCycleRunner> logger)
{
    // When this process came up: a slot whose messages fell due before it was missed while the server was down.
    private readonly DateTimeOffset upSince = timeProvider.GetUtcNow();

    /// <summary>Advances the business; returns when it next needs attention, or null when nothing is scheduled.</summary>
    public async Task<DateTimeOffset?> AdvanceAsync(BusinessRun run, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var cycle = await CycleOfAsync(run, now, cancellationToken);
        var moment = run.Planner.At(cycle.Anchor, now);
        await FinishEarlierAsync(run, moment, cancellationToken);

        if (cycle.PausedAt is not null)
        {
            await ShowAsync(Paused(run.Business.Id, now), cancellationToken);
            return null;
        }

        if (moment is { Phase: CyclePhase.Active, Conversation: { } plan })
        {
            var conversation = run.Open.Find(c => c.Plan.Index == plan.Index) ?? await StartAsync(run, plan, moment, cancellationToken);
            if (conversation is not null)
            {
                return await RunAsync(conversation, moment, now, cancellationToken);
            }

            if (run.Stale || run.Cycle!.PausedAt is not null)
            {
                // Started elsewhere (read it again now), or paused for want of credit.
                return run.Stale ? now : null;
            }
        }

        return await IdleAsync(run, cycle, moment, now, cancellationToken);
    }

    private async Task<DateTimeOffset> RunAsync(ConversationRun conversation, CycleMoment moment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = moment.MessagesDue;
        await writer.EnsureWrittenAsync(conversation, due, urgent: true, cancellationToken);
        await publisher.PublishAsync(conversation, due, complete: false, cancellationToken);
        lookahead.Request(conversation, due + options.Value.GenerationLookahead);
        await ShowAsync(new ShowcaseState
        {
            BusinessId = conversation.Business.Id,
            Status = ShowcaseStatus.Active,
            MessageCount = due,
            TotalMessages = conversation.Plan.MessageCount,
            CurrentConversationId = conversation.ConversationId,
            Topic = conversation.Topic,
            NextConversationTime = moment.Next.StartsAt,
            NextEventTime = moment.NextEventAt,
            PhaseStartedAt = conversation.Plan.StartsAt,
            ServerTime = now,
        }, cancellationToken);
        return moment.NextEventAt;
    }

    /// <summary>Waiting or on a break: shows it, and has the next conversation's first messages written ahead.</summary>
    private async Task<DateTimeOffset> IdleAsync(BusinessRun run, ShowcaseCycle cycle, CycleMoment moment, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var next = moment.Next;
        var prepareAt = next.StartsAt - options.Value.PrepareAhead;
        if (now >= prepareAt && options.Value.GenerationLookahead > 0)
        {
            if (run.Draft?.Plan.Index != next.Index)
            {
                run.DropDraft();
                run.Draft = ConversationRun.Draft(run.Business, next);
            }

            lookahead.Request(run.Draft, options.Value.GenerationLookahead);
        }

        var idle = moment.Phase == CyclePhase.Waiting ? ShowcaseStatus.Waiting : ShowcaseStatus.Break;
        await ShowAsync(new ShowcaseState
        {
            BusinessId = run.Business.Id,
            Status = idle,
            TotalMessages = next.MessageCount,
            NextConversationTime = next.StartsAt,
            NextEventTime = next.StartsAt,
            PhaseStartedAt = idle == ShowcaseStatus.Waiting ? cycle.Anchor : moment.Conversation?.CompletesAt,
            ServerTime = now,
        }, cancellationToken);
        return now < prepareAt ? prepareAt : next.StartsAt;
    }

    private async Task<ShowcaseCycle> CycleOfAsync(BusinessRun run, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var businessId = run.Business.Id;
        if (run.Cycle is null)
        {
            run.Cycle = await writes.WriteAsync((db, _) =>
            {
                var cycle = new ShowcaseCycle { BusinessId = businessId, Anchor = now, UpdatedAt = now };
                db.ShowcaseCycles.Add(cycle);
                return Task.FromResult(cycle);
            });
        }
        else if (run.Cycle.PausedAt is not null && run.Business.Credits != 0)
        {
            // Credits came back: a fresh cycle starts from now, with its usual wait.
            await writes.WriteAsync((db, token) => db.ShowcaseCycles.Where(c => c.BusinessId == businessId)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.Anchor, now).SetProperty(c => c.PausedAt, (DateTimeOffset?)null)
                    .SetProperty(c => c.UpdatedAt, now), token));
            run.Cycle = new ShowcaseCycle { BusinessId = businessId, Anchor = now, UpdatedAt = now };
            LogResumed(logger, businessId);
        }

        return run.Cycle;
    }

    /// <summary>
    /// Conversations still open from an earlier slot (the server was down or crashed while they ran,
    /// or the last one just ended) are finished now: their missing messages are written and
    /// published at once, in order, and they are completed in the same write.
    /// </summary>
    private async Task FinishEarlierAsync(BusinessRun run, CycleMoment moment, CancellationToken cancellationToken)
    {
        var runningIndex = moment.Phase == CyclePhase.Active ? moment.Conversation?.Index : null;
        foreach (var conversation in run.Open.Where(c => c.Plan.Index != runningIndex).ToList())
        {
            var count = conversation.Plan.MessageCount;
            await writer.EnsureWrittenAsync(conversation, count, urgent: true, cancellationToken);
            await publisher.PublishAsync(conversation, count, complete: true, cancellationToken);
            run.Open.Remove(conversation);
        }
    }

    /// <summary>Starts the slot with the messages drafted for it; null when it is skipped, or when there is no credit (the cycle is then paused).</summary>
    private async Task<ConversationRun?> StartAsync(BusinessRun run, ConversationPlan plan, CycleMoment moment, CancellationToken cancellationToken)
    {
        // A slot that had more than one message due while the server was down is skipped, not crammed in.
        // One that is merely late because this process was busy is started and catches up: skipping it
        // would silently drop a conversation from a server that never stopped.
        if (moment.MessagesDue > 1 && plan.MessageTimes[1] < upSince)
        {
            if (run.SkippedIndex != plan.Index)
            {
                LogSkipped(logger, run.Business.Id, plan.Index);
                run.SkippedIndex = plan.Index;
            }

            run.DropDraft();
            return null;
        }

        if (run.Draft?.Plan.Index != plan.Index)
        {
            run.DropDraft();
            run.Draft = ConversationRun.Draft(run.Business, plan);
        }

        var draft = run.Draft;
        var due = moment.MessagesDue;
        await writer.EnsureWrittenAsync(draft, due, urgent: true, cancellationToken);
        var drafted = draft.Unpublished();
        Conversation? stored;
        try
        {
            stored = await writes.WriteAsync((db, token) =>
                ConversationStarter.StartAsync(db, draft, drafted, due, timeProvider.GetUtcNow(), token));
        }
        catch (DbUpdateException exception)
        {
            // Another node (or an earlier attempt) started this slot first: read the business again and carry on with its conversation.
            LogStartedElsewhere(logger, run.Business.Id, plan.Index, exception.InnerException?.Message ?? exception.Message);
            run.Stale = true;
            return null;
        }

        if (stored is null)
        {
            run.DropDraft();
            await PauseAsync(run, cancellationToken);
            return null;
        }

        run.Draft = null;
        var rows = stored.Messages.OrderBy(m => m.MessageNumber).ToList();
        await writer.StoreAsync(draft, draft.Started(stored.Id, rows));
        draft.PublishedUpTo(due);
        if (run.Business.Credits > 0)
        {
            run.Business.Credits--;
        }

        run.Open.Add(draft);
        foreach (var message in rows.Where(m => m.PublishedAt is not null))
        {
            await broadcaster.MessagePublishedAsync(run.Business.Id, ShowcaseMessageView.From(message), cancellationToken);
        }

        return draft;
    }

    private async Task PauseAsync(BusinessRun run, CancellationToken cancellationToken)
    {
        var businessId = run.Business.Id;
        var now = timeProvider.GetUtcNow();
        await writes.WriteAsync((db, token) => db.ShowcaseCycles.Where(c => c.BusinessId == businessId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.PausedAt, now).SetProperty(c => c.UpdatedAt, now), token));
        run.Business.Credits = 0;
        run.Cycle!.PausedAt = now;
        run.Cycle.UpdatedAt = now;
        LogPaused(logger, businessId);
        await ShowAsync(Paused(businessId, now), cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Showcase business {BusinessId}: slot {Index} was started elsewhere ({Reason}); reading it again")]
    private static partial void LogStartedElsewhere(ILogger logger, int businessId, int index, string reason);
}
