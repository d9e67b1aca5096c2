namespace Roundtable.Server.Practice.Salespeople;

/// <summary>Where a salesperson's materials live in the knowledge store.</summary>
public static class SalespersonMaterials
{
    /// <summary>The knowledge scope of a salesperson's materials: searched only for their meetings.</summary>
    public static string ScopeOf(Guid salespersonId) => $"salesperson:{salespersonId}";
}
