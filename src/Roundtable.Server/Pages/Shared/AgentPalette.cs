using System.Text.RegularExpressions;

namespace Roundtable.Server.Pages.Shared;

/// <summary>How an agent is drawn: its colour (only ever a hex colour in markup) and its initials.</summary>
public static partial class AgentPalette
{
    public const string Neutral = "#6c757d";

    public static string Safe(string? color) => color is not null && HexColor().IsMatch(color) ? color : Neutral;

    /// <summary>"SEO AI Specialist" → "SS": the first letters of the first two words that are not "AI".</summary>
    public static string InitialsOf(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.Equals("AI", StringComparison.OrdinalIgnoreCase))
            .Take(2)
            .Select(w => char.ToUpperInvariant(w[0]));
        return string.Concat(words);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
