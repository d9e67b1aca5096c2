namespace Roundtable.Engine.Practice;

/// <summary>A company representative the salesperson meets: who they are and how they behave.</summary>
/// <remarks>Id: Stable id; the orchestrator may only name ids of the meeting's representatives. Role: Lower-case role key such as "ceo", "cfo", "cto", "vp_sales". PersonalityTraits: Keys from <see cref="PersonalityTraits"/>.</remarks>
public sealed record Representative(
    string Id,
    string Name,
    string Role,
    int TenureMonths,
    IReadOnlyList<string> PersonalityTraits,
    bool IsDecisionMaker,
    string? Notes = null);
