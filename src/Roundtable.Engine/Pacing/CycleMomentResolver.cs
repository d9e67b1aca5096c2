namespace Roundtable.Engine.Pacing;

/// <summary>
/// Derives a <see cref="CycleMoment"/> from a planner's plans alone, so both cycle kinds agree
/// on what "waiting", "active" and "break" mean at every instant, boundaries included.
/// </summary>
internal static class CycleMomentResolver
{
    public static CycleMoment Resolve(ICyclePlanner planner, DateTimeOffset anchor, DateTimeOffset time)
    {
        var first = planner.FirstConversation(anchor);
        // Times have tick resolution, so "at or after one tick later" is "strictly after".
        var next = planner.NextConversationAtOrAfter(anchor, time.AddTicks(1));
        if (next.Index == first.Index)
        {
            return new CycleMoment(time, CyclePhase.Waiting, null, 0, next, next.StartsAt);
        }

        var current = planner.PlanConversation(anchor, next.Index - 1);
        var due = current.MessagesDueAt(time);
        if (time >= current.CompletesAt)
        {
            return new CycleMoment(time, CyclePhase.Break, current, due, next, next.StartsAt);
        }

        var nextEvent = due < current.MessageCount ? current.MessageTimes[due] : current.CompletesAt;
        return new CycleMoment(time, CyclePhase.Active, current, due, next, nextEvent);
    }
}
