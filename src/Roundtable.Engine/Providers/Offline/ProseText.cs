using System.Text;
using System.Text.RegularExpressions;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Sentence-level text operations of the offline model: splitting prose into sentences,
/// normalising them for comparison, counting words and tidying generated sentences.
/// </summary>
internal static partial class ProseText
{
    private static readonly HashSet<string> VowelSoundExceptions = ["one", "once", "uni", "use", "usu", "eu", "ur", "uti"];
    private static readonly HashSet<string> SilentH = ["hour", "hours", "honest", "honor", "honor", "heir"];

    /// <summary>Splits on line breaks and on sentence ends followed by a capital, digit or quote.</summary>
    public static IReadOnlyList<string> Sentences(string? text)
    {
        var sentences = new List<string>();
        foreach (var line in (text ?? string.Empty).Split('\n'))
        {
            foreach (var part in SentenceBoundary().Split(line))
            {
                var trimmed = part.Trim().TrimStart('-', '*', '•').Trim();
                if (trimmed.Length > 0)
                {
                    sentences.Add(trimmed);
                }
            }
        }

        return sentences;
    }

    /// <summary>Lower-case letters and digits separated by single spaces: the form sentences are compared in.</summary>
    public static string Normalize(string? text)
    {
        var builder = new StringBuilder((text ?? string.Empty).Length);
        var pendingSpace = false;
        foreach (var c in text ?? string.Empty)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    public static int CountWords(string? text) =>
        (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The first <paramref name="maxWords"/> words of a text, layout kept, ended as a sentence.</summary>
    public static string FirstWords(string text, int maxWords)
    {
        var words = Word().Matches(text).Take(Math.Max(1, maxWords)).ToList();
        if (words.Count == 0)
        {
            return string.Empty;
        }

        var cut = text[..(words[^1].Index + words[^1].Length)];
        return EndsLikeSentence(cut) ? cut : WithoutFinalStop(cut) + ".";
    }

    /// <summary>Collapses spaces, fixes "a"/"an", capitalises the first letter and ends the sentence properly.</summary>
    public static string Tidy(string sentence)
    {
        var text = Spaces().Replace(sentence, " ").Trim();
        text = SpaceBeforePunctuation().Replace(text, "$1");
        text = ArticleBeforeWord().Replace(text, FixArticle);
        text = Capitalize(text);
        if (!EndsLikeSentence(text))
        {
            text = text.TrimEnd(',', ';', ':', ' ') + ".";
        }

        return text;
    }

    public static string Capitalize(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return char.IsUpper(text[i]) ? text : string.Concat(text.AsSpan(0, i), char.ToUpperInvariant(text[i]).ToString(), text.AsSpan(i + 1));
            }

            if (text[i] is not ('"' or '\'' or '“' or '(' or ' '))
            {
                return text;
            }
        }

        return text;
    }

    /// <summary>Drops a final full stop, colon or semicolon so that a quoted text can sit inside a frame.</summary>
    public static string WithoutFinalStop(string text) => text.Trim().TrimEnd('.', ';', ':', ',', ' ');

    public static bool EndsLikeSentence(string text) =>
        text.Length > 0 && (text[^1] is '.' or '!' or '?' || (text[^1] is '"' or '”' && text.Length > 1 && text[^2] is '.' or '!' or '?'));

    private static string FixArticle(Match match)
    {
        var article = match.Groups[1].Value;
        var word = match.Groups[2].Value.ToLowerInvariant();
        var vowelSound = (word.Length > 0 && "aeiou".Contains(word[0], StringComparison.Ordinal)
            && !VowelSoundExceptions.Any(word.StartsWith)) || SilentH.Contains(word);
        var wanted = vowelSound ? "an" : "a";
        if (string.Equals(article, wanted, StringComparison.OrdinalIgnoreCase))
        {
            return match.Value;
        }

        var fixedArticle = char.IsUpper(article[0]) ? char.ToUpperInvariant(wanted[0]) + wanted[1..] : wanted;
        return fixedArticle + " " + match.Groups[2].Value;
    }

    [GeneratedRegex(@"(?<=[.!?][""”')]?)\s+(?=[""“'(]?[A-Z0-9])")]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([,.;:!?])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\b([Aa]n?) ([A-Za-z][\w-]*)")]
    private static partial Regex ArticleBeforeWord();
}
