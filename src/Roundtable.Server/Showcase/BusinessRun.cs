using Roundtable.Engine.Pacing;

namespace Roundtable.Server.Showcase;

/// <summary>
/// What the scheduler keeps in memory about one business between advances, so that an advance reads
/// nothing from the database: its profile, its cycle, its latest conversation and the draft of the
/// next one. Loaded from the database at start (the database stays the truth), and reloaded after a
/// failure or when the business was changed. Only one worker advances a business at a time.
/// </summary>
public sealed class BusinessRun(Business business, ShowcaseCycle? cycle, ICyclePlanner planner)
{
    public Business Business { get; set; } = business;

    /// <summary>Null until the business's clock first starts.</summary>
    public ShowcaseCycle? Cycle { get; set; } = cycle;

    public ICyclePlanner Planner { get; set; } = planner;

    /// <summary>
    /// Stored conversations not completed yet, oldest first: the running one, and any that downtime
    /// interrupted (finished at the next advance).
    /// </summary>
    public List<ConversationRun> Open { get; } = [];

    /// <summary>The next slot's conversation being written ahead, before it starts.</summary>
    public ConversationRun? Draft { get; set; }

    /// <summary>The last slot skipped as missed while the server was down (logged once).</summary>
    public int? SkippedIndex { get; set; }

    /// <summary>Read the business again from the database before the next advance (it changed, or an advance failed).</summary>
    public bool Stale { get; set; }

    /// <summary>Takes what was read again from the database; a draft is dropped (it is written again if needed).</summary>
    public void ReloadFrom(BusinessRun fresh)
    {
        Business = fresh.Business;
        Cycle = fresh.Cycle;
        Planner = fresh.Planner;
        Open.Clear();
        Open.AddRange(fresh.Open);
        DropDraft();
        Stale = false;
    }

    public void DropDraft()
    {
        if (Draft is not null)
        {
            Draft.Abandoned = true;
            Draft = null;
        }
    }

    // Scheduling, guarded by the scheduler's lock.
    internal long Version { get; set; }

    internal bool InFlight { get; set; }

    internal bool WakeRequested { get; set; }
}
