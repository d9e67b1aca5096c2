namespace Roundtable.Server.Practice.Turns;

/// <summary>
/// One spoken turn of a meeting, by the salesperson or a representative, with how it was produced.
/// (meeting, turn number) is unique. Audio fields stay null until voice is added.
/// </summary>
public sealed class MeetingTurn
{
    public long Id { get; set; }

    public Guid MeetingId { get; set; }

    public int TurnNumber { get; set; }

    /// <summary>"salesperson" or the representative's id.</summary>
    public required string SpeakerId { get; set; }

    public required string SpeakerName { get; set; }

    public required string SpeakerRole { get; set; }

    public required string Text { get; set; }

    public string? AudioUrl { get; set; }

    public double? DurationSeconds { get; set; }

    /// <summary>The turn number of the salesperson line this turn answers (its own number for the salesperson).</summary>
    public int ExchangeNumber { get; set; }

    public string? Provider { get; set; }

    public string? Model { get; set; }

    public bool IsOffline { get; set; }

    public long InputTokens { get; set; }

    public long OutputTokens { get; set; }

    public double LatencyMs { get; set; }

    public decimal CostUsd { get; set; }

    /// <summary>Material excerpts the reply drew on, as JSON: [{"material_id","file_name","excerpt"}].</summary>
    public string? CitationsJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
