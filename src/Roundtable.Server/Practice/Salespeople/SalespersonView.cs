namespace Roundtable.Server.Practice.Salespeople;

/// <summary>A salesperson profile as the API shows it.</summary>
public sealed record SalespersonView(
    Guid Id,
    string Name,
    string ProductName,
    string Description,
    string? ProductUrl,
    IReadOnlyList<MaterialView> Materials,
    DateTimeOffset CreatedAt)
{
    public static SalespersonView Of(Salesperson s) => new(
        s.Id, s.Name, s.ProductName, s.Description, s.ProductUrl,
        [.. s.Materials.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Select(MaterialView.Of)], s.CreatedAt);
}
