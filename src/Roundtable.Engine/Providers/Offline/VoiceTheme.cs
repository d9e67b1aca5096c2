namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// One subject a speaker can develop in a turn (a search specialist's "Google Business Profile",
/// a strategist's "pricing"): frames that make the point and frames that back it with specifics.
/// </summary>
internal sealed record VoiceTheme
{
    public required string Name { get; init; }

    /// <summary>Frames that open the theme with a claim or proposal.</summary>
    public required IReadOnlyList<string> Points { get; init; }

    /// <summary>Frames that follow a point with numbers, timeframes, examples or how-to.</summary>
    public required IReadOnlyList<string> Details { get; init; }

    /// <summary>A pattern for questions this theme answers ("search terms", "follow-up").</summary>
    public string? Answers { get; init; }

    /// <summary>Whether the theme suits the first message, which lays foundations before details.</summary>
    public bool IsFoundation { get; init; }

    /// <summary>For a persona-built theme, the focus term that fills the {term} slot.</summary>
    public string? Term { get; init; }

    /// <summary>Whether this theme answers the question, ignoring case.</summary>
    public bool Answer(string question) =>
        Answers is not null && System.Text.RegularExpressions.Regex.IsMatch(question, @"\b(?:" + Answers + ")",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Whether a speaker already developed this theme earlier in the conversation.</summary>
    public bool WasUsed(FramePicker picker) => Points.Any(picker.IsStale) && Term is null;

    /// <summary>The slots the theme's frames see: the turn's slots plus its own term.</summary>
    public SlotValues SlotsFrom(SlotValues slots) =>
        Term is null ? slots : slots.Layer().Set("term", Term).Set("Term", Term);
}
