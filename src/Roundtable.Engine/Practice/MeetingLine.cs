namespace Roundtable.Engine.Practice;

/// <summary>One spoken turn of a meeting transcript.</summary>
/// <remarks>SpeakerId: <see cref="SalespersonId"/> for the salesperson, otherwise a representative id.</remarks>
public sealed record MeetingLine(int TurnNumber, string SpeakerId, string SpeakerName, string Text, DateTimeOffset At)
{
    public const string SalespersonId = "salesperson";

    public bool IsSalesperson => SpeakerId == SalespersonId;
}
