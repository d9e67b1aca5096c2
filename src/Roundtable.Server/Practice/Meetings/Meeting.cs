namespace Roundtable.Server.Practice.Meetings;

/// <summary>A practice meeting between a salesperson and 1–3 representatives of one company.</summary>
public sealed class Meeting
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    public Guid SalespersonId { get; set; }

    public Guid CompanyId { get; set; }

    /// <summary>1-on-1, 1-on-2 or 1-on-3.</summary>
    public required string Mode { get; set; }

    /// <summary>JSON array of the representatives' ids, in the order given at creation.</summary>
    public required string RepresentativeIdsJson { get; set; }

    public required string Goal { get; set; }

    public required string Difficulty { get; set; }

    public int DurationMinutes { get; set; }

    public string Status { get; set; } = MeetingStatus.Created;

    /// <summary>"ended" (by the salesperson) or "duration_elapsed" once <see cref="Status"/> is ended.</summary>
    public string? EndedReason { get; set; }

    /// <summary>JSON array of the five strategic questions.</summary>
    public required string TopQuestionsJson { get; set; }

    /// <summary>Who wrote the questions ("offline" when built without a model).</summary>
    public required string TopQuestionsBy { get; set; }

    /// <summary>The end-of-meeting scorecard as JSON, once written.</summary>
    public string? ScorecardJson { get; set; }

    public int TurnCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }
}
