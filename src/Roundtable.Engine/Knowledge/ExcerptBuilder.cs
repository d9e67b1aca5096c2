using System.Text;

namespace Roundtable.Engine.Knowledge;

/// <summary>
/// Picks the sentence of a chunk that covers the most query terms (the earliest of equals), then
/// widens the window while it fits the limit: with the following sentences, or with a preceding one
/// when that adds more query terms. A single sentence over the limit is cut at word boundaries just
/// before its first match, with ellipses.
/// </summary>
internal static class ExcerptBuilder
{
    private const string Ellipsis = "…";
    private const int WordsBeforeMatch = 6;

    public static string Build(string text, IReadOnlySet<string> queryTerms, int maxLength = KnowledgeHit.MaxExcerptLength)
    {
        var sentences = TextSegmenter.Sentences(text);
        if (sentences.Count == 0)
        {
            return string.Empty;
        }

        var matches = sentences
            .Select(sentence => KnowledgeTextAnalyzer.Terms(text[sentence.Start..sentence.End]).Where(queryTerms.Contains).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var best = 0;
        for (var i = 1; i < sentences.Count; i++)
        {
            if (matches[i].Count > matches[best].Count)
            {
                best = i;
            }
        }

        if (sentences[best].End - sentences[best].Start > maxLength)
        {
            return CutLongSentence(text[sentences[best].Start..sentences[best].End], queryTerms, maxLength);
        }

        var (first, last) = (best, best);
        var covered = new HashSet<string>(matches[best], StringComparer.Ordinal);
        while (true)
        {
            var canGrowForward = last + 1 < sentences.Count && sentences[last + 1].End - sentences[first].Start <= maxLength;
            var canGrowBackward = first > 0 && sentences[last].End - sentences[first - 1].Start <= maxLength;
            var forwardGain = canGrowForward ? matches[last + 1].Count(term => !covered.Contains(term)) : -1;
            var backwardGain = canGrowBackward ? matches[first - 1].Count(term => !covered.Contains(term)) : -1;

            // Reading on from the best sentence is the natural excerpt; reach back only for more query terms.
            int grown;
            if (backwardGain > 0 && backwardGain > forwardGain)
            {
                grown = --first;
            }
            else if (canGrowForward)
            {
                grown = ++last;
            }
            else
            {
                break;
            }

            covered.UnionWith(matches[grown]);
        }

        return CollapseWhitespace(text.AsSpan(sentences[first].Start, sentences[last].End - sentences[first].Start));
    }

    private static string CutLongSentence(string sentence, IReadOnlySet<string> queryTerms, int maxLength)
    {
        var words = TextSegmenter.Words(sentence);
        var firstMatch = words.FindIndex(word => KnowledgeTextAnalyzer.Terms(sentence[word.Start..word.End]).Any(queryTerms.Contains));
        var start = Math.Max(0, firstMatch - WordsBeforeMatch);
        var excerpt = new StringBuilder(start > 0 ? Ellipsis : string.Empty);
        var end = start;
        while (end < words.Count)
        {
            var word = sentence[words[end].Start..words[end].End];
            var separator = end > start ? 1 : 0;
            var moreFollow = end + 1 < words.Count;
            if (excerpt.Length + separator + word.Length + (moreFollow ? Ellipsis.Length : 0) > maxLength)
            {
                break;
            }

            excerpt.Append(separator == 1 ? " " : string.Empty).Append(word);
            end++;
        }

        if (end == start)
        {
            // One word longer than the whole excerpt (a pasted URL or table row): nothing better than a hard cut.
            var word = sentence[words[start].Start..words[start].End];
            return string.Concat(excerpt.ToString(), word.AsSpan(0, maxLength - excerpt.Length - Ellipsis.Length), Ellipsis);
        }

        return end < words.Count ? excerpt.Append(Ellipsis).ToString() : excerpt.ToString();
    }

    private static string CollapseWhitespace(ReadOnlySpan<char> text)
    {
        var collapsed = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = collapsed.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                collapsed.Append(' ');
                pendingSpace = false;
            }

            collapsed.Append(character);
        }

        return collapsed.ToString();
    }
}
