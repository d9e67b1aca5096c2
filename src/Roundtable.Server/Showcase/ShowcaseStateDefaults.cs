namespace Roundtable.Server.Showcase;

/// <summary>The state shown for a business the scheduler has not advanced (yet, or at all).</summary>
public static class ShowcaseStateDefaults
{
    public static ShowcaseState Unscheduled(Business business, DateTimeOffset now) => new()
    {
        BusinessId = business.Id,
        Status = business.Credits == 0 ? ShowcaseStatus.Paused : ShowcaseStatus.Waiting,
        ServerTime = now,
    };
}
