using System.Text.Json;

namespace Roundtable.Server.Practice.Turns;

/// <summary>
/// A transcript turn (seed 003's <c>turns</c> entries) with who produced it. <c>speaker</c> is
/// "salesperson" or "representative"; <c>timestamp</c> is the offset from the meeting's start (hh:mm:ss).
/// </summary>
public sealed record TurnView(
    int TurnNumber,
    string Speaker,
    string SpeakerId,
    string SpeakerName,
    string SpeakerRole,
    string Text,
    string? AudioUrl,
    double? DurationSeconds,
    string Timestamp,
    int ExchangeNumber,
    string? Provider,
    string? Model,
    bool IsOffline,
    string? ProducedBy,
    IReadOnlyList<CitationView> Citations,
    DateTimeOffset CreatedAt)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static TurnView Of(MeetingTurn turn, DateTimeOffset? meetingStart)
    {
        var offset = meetingStart is { } start && turn.CreatedAt > start ? turn.CreatedAt - start : TimeSpan.Zero;
        var isSalesperson = turn.SpeakerId == Roundtable.Engine.Practice.MeetingLine.SalespersonId;
        return new(
            turn.TurnNumber, isSalesperson ? "salesperson" : "representative", turn.SpeakerId, turn.SpeakerName, turn.SpeakerRole, turn.Text,
            turn.AudioUrl, turn.DurationSeconds, $"{(int)offset.TotalHours:00}:{offset.Minutes:00}:{offset.Seconds:00}", turn.ExchangeNumber,
            turn.Provider, turn.Model, turn.IsOffline, isSalesperson ? null : turn.IsOffline ? "offline" : $"{turn.Provider} {turn.Model}",
            CitationsOf(turn), turn.CreatedAt);
    }

    public static string? CitationsJson(IReadOnlyList<CitationView> citations) =>
        citations.Count == 0 ? null : JsonSerializer.Serialize(citations, Json);

    private static IReadOnlyList<CitationView> CitationsOf(MeetingTurn turn) =>
        turn.CitationsJson is { } json ? JsonSerializer.Deserialize<CitationView[]>(json, Json) ?? [] : [];
}
