namespace Roundtable.Bench.Practice;

/// <summary>Who every bench meeting seats: one salesperson's product, one company and its representatives.</summary>
internal sealed record PracticeCast(string SalespersonId, string CompanyId, IReadOnlyList<string> RepresentativeIds)
{
    /// <summary>The seed's meeting mode for this many representatives ("1-on-2").</summary>
    public string MeetingMode => $"1-on-{RepresentativeIds.Count}";
}
