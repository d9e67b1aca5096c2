namespace Roundtable.Server.Billing;

/// <summary>A package of conversation credits for sale (seed 000's <c>credit_package</c>).</summary>
public sealed class CreditPackage
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Credits granted; -1 means unlimited.</summary>
    public int Credits { get; set; }

    public int PriceCents { get; set; }

    public string? Description { get; set; }

    public bool IsPopular { get; set; }
}
