namespace Roundtable.Server.Billing;

/// <summary>A purchase of a credit package by a business (seed 000's <c>purchase</c>); pending until paid.</summary>
public sealed class Purchase
{
    public int Id { get; set; }

    public int BusinessId { get; set; }

    public int PackageId { get; set; }

    public int AmountCents { get; set; }

    public string Status { get; set; } = "pending";

    public string? TransactionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
