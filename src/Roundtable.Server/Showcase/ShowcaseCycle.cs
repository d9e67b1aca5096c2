namespace Roundtable.Server.Showcase;

/// <summary>
/// The durable state of a business's cycle. Every planned time derives from <see cref="Anchor"/>
/// (when the clock first started), so a restarted server computes exactly the same plan.
/// </summary>
public sealed class ShowcaseCycle
{
    public int BusinessId { get; set; }

    /// <summary>When this business's clock started (the start of its first WAITING).</summary>
    public DateTimeOffset Anchor { get; set; }

    /// <summary>Set when the business ran out of credits; the cycle resumes from a fresh anchor once it has credits again.</summary>
    public DateTimeOffset? PausedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
