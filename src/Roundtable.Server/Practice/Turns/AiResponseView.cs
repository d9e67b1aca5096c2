namespace Roundtable.Server.Practice.Turns;

/// <summary>Seed 003's <c>ai_response</c>: what one representative said this turn, plus who produced it.</summary>
public sealed record AiResponseView(
    string SpeakerId,
    string SpeakerName,
    string SpeakerRole,
    string ResponseText,
    string? AudioUrl,
    double? DurationSeconds,
    int TurnNumber,
    string ProducedBy,
    bool IsOffline,
    IReadOnlyList<CitationView> Citations)
{
    public static AiResponseView Of(TurnView turn) => new(
        turn.SpeakerId, turn.SpeakerName, turn.SpeakerRole, turn.Text, turn.AudioUrl, turn.DurationSeconds, turn.TurnNumber,
        turn.ProducedBy ?? "offline", turn.IsOffline, turn.Citations);
}
