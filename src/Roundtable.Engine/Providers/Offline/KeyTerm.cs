using System.Text.RegularExpressions;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// A subject a turn can be about, recognized in any speaker's text by a pattern and referred to
/// by a phrase: "google business profile" in the text is "the Google Business Profile" in reply.
/// </summary>
internal sealed record KeyTerm(string Pattern, string Phrase)
{
    private Regex? regex;

    /// <summary>Where the term first occurs in the text, or -1.</summary>
    public int IndexIn(string text)
    {
        regex ??= new Regex(@"\b(?:" + Pattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var match = regex.Match(text);
        return match.Success ? match.Index : -1;
    }

    /// <summary>How many times the term occurs in the text.</summary>
    public int CountIn(string text)
    {
        regex ??= new Regex(@"\b(?:" + Pattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return regex.Matches(text).Count;
    }
}
