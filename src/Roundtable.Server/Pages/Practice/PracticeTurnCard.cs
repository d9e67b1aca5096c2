using Roundtable.Server.Practice.Turns;

namespace Roundtable.Server.Pages.Practice;

/// <summary>
/// A transcript turn as _PracticeTurn draws it. Without a turn it draws the empty template the meeting
/// room's script clones, so live and server-rendered turns look the same.
/// </summary>
public sealed record PracticeTurnCard(TurnView? Turn, bool IsSalesperson)
{
    public static PracticeTurnCard Of(TurnView turn) => new(turn, turn.Speaker == "salesperson");

    public string? ProviderText => Turn is { IsOffline: false, Provider: { } provider } ? provider : null;

    public string? ModelText => Turn?.Model;
}
