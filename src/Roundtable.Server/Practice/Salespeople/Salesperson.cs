namespace Roundtable.Server.Practice.Salespeople;

/// <summary>A salesperson's profile: the product they practise selling and their uploaded materials.</summary>
public sealed class Salesperson
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    /// <summary>How the salesperson is named in transcripts.</summary>
    public required string Name { get; set; }

    public required string ProductName { get; set; }

    public required string Description { get; set; }

    public string? ProductUrl { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<SalespersonMaterial> Materials { get; set; } = [];
}
