namespace Roundtable.Server.Practice.Turns;

/// <summary>The orchestrator's decision for one salesperson line: who answered, why, and what deciding cost.</summary>
public sealed class ResponderDecision
{
    public long Id { get; set; }

    public Guid MeetingId { get; set; }

    /// <summary>The salesperson's turn the decision answers.</summary>
    public int ExchangeNumber { get; set; }

    /// <summary>JSON array of the representatives' ids, in speaking order (may be empty).</summary>
    public required string ResponderIdsJson { get; set; }

    public required string Reason { get; set; }

    /// <summary>addressed, model or rules.</summary>
    public required string Source { get; set; }

    public string? Provider { get; set; }

    public string? Model { get; set; }

    public bool IsOffline { get; set; }

    public long InputTokens { get; set; }

    public long OutputTokens { get; set; }

    public double LatencyMs { get; set; }

    public decimal CostUsd { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
