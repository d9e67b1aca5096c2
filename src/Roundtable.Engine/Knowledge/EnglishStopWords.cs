using System.Collections.Frozen;

namespace Roundtable.Engine.Knowledge;

/// <summary>
/// Function words too common to tell documents apart. Kept short on purpose: words such as "no",
/// "fee" or "open" carry meaning in a knowledge base and stay searchable.
/// </summary>
internal static class EnglishStopWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
        "before", "being", "both", "but", "by", "can", "could", "d", "did", "do", "does", "doing", "during",
        "each", "either", "for", "from", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
        "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "ll", "m", "me", "might", "more",
        "most", "must", "my", "of", "on", "or", "other", "our", "ours", "re", "s", "shall", "she", "should",
        "so", "some", "such", "t", "than", "that", "the", "their", "theirs", "them", "then", "there",
        "these", "they", "this", "those", "through", "to", "too", "us", "ve", "very", "was", "we", "were",
        "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
        "your", "yours",
    ]);

    public static bool Contains(string term) => Words.Contains(term);
}
