namespace Roundtable.Server.Showcase;

/// <summary>A business whose AI discussion is shown live (seed 000's <c>business</c> table, plus cycle settings).</summary>
public sealed class Business
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Industry { get; set; }

    public string? Location { get; set; }

    public string? Website { get; set; }

    public string? Phone { get; set; }

    public string? Description { get; set; }

    public bool IsFeatured { get; set; }

    public string SubscriptionPlan { get; set; } = "Free";

    /// <summary>Conversations left to run; -1 means unlimited.</summary>
    public int Credits { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Overrides of the Showcase defaults for this business; null fields use the defaults.</summary>
    public CycleOverrides Cycle { get; set; } = new();

    public List<BusinessTopic> Topics { get; set; } = [];

    public bool HasUnlimitedCredits => Credits < 0;
}
