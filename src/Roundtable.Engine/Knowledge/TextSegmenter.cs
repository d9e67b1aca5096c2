namespace Roundtable.Engine.Knowledge;

/// <summary>
/// Finds words, sentences and paragraph breaks in plain text by punctuation and line breaks. Words
/// are maximal runs of non-whitespace, so a cut between two words never splits one.
/// </summary>
internal static class TextSegmenter
{
    // Closing marks that may follow a full stop ("He said 'yes.'"), and abbreviations that do not end a sentence.
    private const string ClosingMarks = "\"')]}’”»";
    private static readonly string[] Abbreviations = ["e.g.", "i.e.", "mr.", "mrs.", "ms.", "dr.", "vs.", "approx.", "incl."];

    public static List<(int Start, int End)> Words(string text)
    {
        var words = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((start, i));
            }
        }

        return words;
    }

    /// <summary>The boundary between <paramref name="word"/> and the word starting at <paramref name="nextStart"/>.</summary>
    public static TextBreak BreakAfter(string text, (int Start, int End) word, int nextStart)
    {
        var gap = text.AsSpan(word.End, nextStart - word.End);
        var newLines = gap.Count('\n');
        if (newLines >= 2)
        {
            return TextBreak.Paragraph;
        }

        var token = text.AsSpan(word.Start, word.End - word.Start);
        if (newLines == 1 || EndsSentence(token))
        {
            return TextBreak.Sentence;
        }

        var last = token[^1];
        return last is ',' or ';' or ':' or ')' || token is "-" or "–" or "—" ? TextBreak.Clause : TextBreak.Word;
    }

    /// <summary>Sentence ranges; a line break always ends a sentence, so headings and list items stand alone.</summary>
    public static List<(int Start, int End)> Sentences(string text)
    {
        var sentences = new List<(int Start, int End)>();
        var words = Words(text);
        var start = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (start < 0)
            {
                start = words[i].Start;
            }

            var last = i == words.Count - 1;
            if (last || BreakAfter(text, words[i], words[i + 1].Start) >= TextBreak.Sentence)
            {
                sentences.Add((start, words[i].End));
                start = -1;
            }
        }

        return sentences;
    }

    private static bool EndsSentence(ReadOnlySpan<char> word)
    {
        var trimmed = word.TrimEnd(ClosingMarks);
        if (trimmed.IsEmpty || trimmed[^1] is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (trimmed.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
