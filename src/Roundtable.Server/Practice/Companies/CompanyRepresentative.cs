namespace Roundtable.Server.Practice.Companies;

/// <summary>A person at a prospect company whom the AI plays in meetings.</summary>
public sealed class CompanyRepresentative
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public required string Name { get; set; }

    /// <summary>Lower-case role key: ceo, cfo, cto, …</summary>
    public required string Role { get; set; }

    public int TenureMonths { get; set; }

    /// <summary>JSON array of trait keys (see Roundtable.Engine.Practice.PersonalityTraits).</summary>
    public required string PersonalityTraitsJson { get; set; }

    public bool IsDecisionMaker { get; set; }

    public string? LinkedinProfile { get; set; }

    public string? Notes { get; set; }

    public string? VoiceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
