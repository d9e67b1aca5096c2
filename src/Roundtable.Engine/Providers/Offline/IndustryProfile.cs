namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// How a kind of business talks about its customers and its work, so that frames can say
/// "homeowners" and "jobs" for a roofer but "patients" and "appointments" for a dentist.
/// </summary>
internal sealed record IndustryProfile
{
    /// <summary>
    /// Whether the work is quoted, scheduled and carried out as jobs (trades, contractors), which
    /// frames marked {ifProject} assume: deposits, estimates, crews on site, return visits.
    /// </summary>
    public bool IsProjectWork { get; init; }

    /// <summary>Word stems that identify the industry in the business's industry or description.</summary>
    public required IReadOnlyList<string> Keywords { get; init; }

    public required string Customers { get; init; }

    public required string Customer { get; init; }

    public required string Job { get; init; }

    public required string Jobs { get; init; }

    /// <summary>Plural or uncountable services, usable after "demand for" or "a page for".</summary>
    public required IReadOnlyList<string> Services { get; init; }

    /// <summary>A customer in a situation, starting with "a": "a homeowner who finds a leak".</summary>
    public required IReadOnlyList<string> Moments { get; init; }

    /// <summary>Busy periods, usable after "before" or "around".</summary>
    public required IReadOnlyList<string> Seasons { get; init; }

    /// <summary>Plural visual proof of good work.</summary>
    public required IReadOnlyList<string> Proof { get; init; }

    /// <summary>Plural referral partners, joined with "and".</summary>
    public required IReadOnlyList<string> Partners { get; init; }

    /// <summary>Offers with an article: "a free inspection".</summary>
    public required IReadOnlyList<string> Offers { get; init; }

    /// <summary>Plural local visibility signals: "yard signs at finished jobs".</summary>
    public required IReadOnlyList<string> LocalSignals { get; init; }
}
