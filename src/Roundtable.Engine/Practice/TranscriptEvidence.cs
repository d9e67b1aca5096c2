namespace Roundtable.Engine.Practice;

/// <summary>
/// Checks that a quote really occurs in the transcript, ignoring case, spacing and quotation marks,
/// and hands back the transcript's own wording: the quote itself when it is exact, otherwise the
/// sentence (or line) that contains it.
/// </summary>
internal sealed class TranscriptEvidence(IReadOnlyList<MeetingLine> transcript)
{
    private const int MinQuoteLength = 3;

    /// <summary>The transcript's exact text for the quote, or null when nobody said it.</summary>
    public string? Find(string? quote)
    {
        var trimmed = (quote ?? string.Empty).Trim().Trim('"', '“', '”', '\'', '‘', '’').Trim();
        var wanted = Comparable(trimmed);
        if (wanted.Length < MinQuoteLength)
        {
            return null;
        }

        foreach (var line in transcript.Select(l => l.Text))
        {
            if (line.Contains(trimmed, StringComparison.Ordinal))
            {
                return trimmed;
            }

            if (Comparable(line).Contains(wanted, StringComparison.Ordinal))
            {
                return TranscriptText.Sentences(line).FirstOrDefault(s => Comparable(s).Contains(wanted, StringComparison.Ordinal)) ?? line;
            }
        }

        return null;
    }

    /// <summary>Whether a text occurs, exactly, in one line of the transcript.</summary>
    public bool Occurs(string text) => transcript.Any(l => l.Text.Contains(text, StringComparison.Ordinal));

    private static string Comparable(string? text) => " " + Providers.Offline.ProseText.Normalize(text) + " ";
}
