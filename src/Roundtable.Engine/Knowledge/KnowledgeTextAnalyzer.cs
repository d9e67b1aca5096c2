using System.Globalization;
using System.Text;

namespace Roundtable.Engine.Knowledge;

/// <summary>
/// Turns text into search terms: runs of Unicode letters and digits, lower-cased, accents removed
/// ("Café" matches "cafe"), stop words dropped, lightly stemmed. Decimal numbers stay whole
/// ("2.5") and digit-group commas are dropped ("1,000" is "1000"). Documents and queries go through
/// the same analysis, so both sides always agree.
/// </summary>
internal static class KnowledgeTextAnalyzer
{
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        var normalized = text.Normalize(NormalizationForm.FormD);
        var term = new StringBuilder();
        Span<char> utf16 = stackalloc char[2];
        var i = 0;
        while (i < normalized.Length)
        {
            Rune.DecodeFromUtf16(normalized.AsSpan(i), out var rune, out var consumed);
            i += consumed;
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                // Accents that FormD split off sit inside a word: skip them without ending the word.
                continue;
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                var lower = Rune.ToLowerInvariant(rune);
                term.Append(utf16[..lower.EncodeToUtf16(utf16)]);
            }
            else if (IsSeparatorInsideNumber(normalized, i - consumed, term))
            {
                if (rune.Value == '.')
                {
                    term.Append('.');
                }
            }
            else
            {
                Flush(term, terms);
            }
        }

        Flush(term, terms);
        return terms;
    }

    private static bool IsSeparatorInsideNumber(string text, int i, StringBuilder term) =>
        text[i] is '.' or ','
        && term.Length > 0
        && char.IsAsciiDigit(term[^1])
        && i + 1 < text.Length
        && char.IsAsciiDigit(text[i + 1]);

    private static void Flush(StringBuilder term, List<string> terms)
    {
        if (term.Length == 0)
        {
            return;
        }

        var word = term.ToString();
        term.Clear();
        if (!EnglishStopWords.Contains(word))
        {
            terms.Add(LightStemmer.Stem(word));
        }
    }
}
