using System.Text.RegularExpressions;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// What a person's message is about: its content-word stems (for matching knowledge) and a short
/// noun phrase to refer to it by ("How do I reset my online banking password?" gives
/// "your online banking password").
/// </summary>
internal static partial class QuestionSubject
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "for", "with", "about", "from", "by", "as", "into",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "have", "has", "had", "can", "could",
        "would", "should", "will", "shall", "may", "might", "must", "i", "me", "my", "mine", "we", "us", "our", "you", "your", "yours",
        "he", "she", "it", "its", "they", "them", "their", "this", "that", "these", "those", "what", "which", "who", "whom", "whose",
        "when", "where", "why", "how", "there", "here", "please", "tell", "know", "want", "need", "like", "get", "got", "just", "any",
        "some", "so", "than", "then", "too", "very", "also", "not", "no", "yes", "hi", "hello", "thanks", "thank", "explain", "help",
        "much", "many", "more", "most", "way", "ways", "best", "good", "really", "now", "today", "still", "ever", "else", "all",
        "think", "believe", "wonder", "wondering", "say", "said", "cost", "costs", "take", "takes", "work", "works", "mean", "means",
        "happen", "happens", "apply", "pay", "go", "make", "use", "find", "see", "look", "able", "possible", "okay", "ok", "something",
        "offer", "offers", "provide", "provides", "accept", "accepts", "open", "cuts", "saves", "helps", "reduces", "increases", "improves",
        "gives", "lets", "allows", "needs", "wants", "includes", "supports", "runs", "drives", "boosts", "delivers", "handles", "lowers",
        "raises", "brings", "keeps", "makes", "gets", "lets", "like", "yours", "ours",
    ];

    private static readonly Dictionary<string, string> Swaps = new(StringComparer.OrdinalIgnoreCase)
    {
        ["my"] = "your", ["our"] = "your", ["your"] = "our", ["the"] = "the", ["a"] = "a", ["an"] = "an",
    };

    /// <summary>The stems of the content words of a text.</summary>
    public static HashSet<string> Stems(string text) =>
        [.. Words().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length > 2 && !StopWords.Contains(w)).Select(Stem)];

    /// <summary>The longest run of content words, with its determiner seen from the other side of the conversation.</summary>
    public static string? Phrase(string text)
    {
        var words = Words().Matches(text).Select(m => m.Value).ToList();
        var (bestStart, bestLength, bestScore) = (-1, 0, 0);
        for (var start = 0; start < words.Count; start++)
        {
            var length = 0;
            while (start + length < words.Count && !StopWords.Contains(words[start + length].ToLowerInvariant()) && length < 5)
            {
                length++;
            }

            // A run after "my", "the" or "a" is a noun phrase ("my card"), which beats a bare verb or adjective.
            var score = length + (start > 0 && Swaps.ContainsKey(words[start - 1]) ? 1 : 0);
            if (length > 0 && score >= bestScore)
            {
                (bestStart, bestLength, bestScore) = (start, length, score);
            }

            start += length;
        }

        if (bestStart < 0)
        {
            return null;
        }

        // A capital on the message's first word is grammar, not a name.
        var phrase = string.Join(' ', words.Skip(bestStart).Take(bestLength).Select((w, i) => bestStart + i == 0 && !IsAcronym(w) ? w.ToLowerInvariant() : w));
        var determiner = bestStart > 0 && Swaps.TryGetValue(words[bestStart - 1], out var swapped) ? swapped + " " : string.Empty;
        return determiner + phrase;
    }

    private static bool IsAcronym(string word) => word.Length > 1 && word.Where(char.IsLetter).All(char.IsUpper);

    private static string Stem(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            return word[..^3];
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^2];
        }

        return word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3 ? word[..^1] : word;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Words();
}
