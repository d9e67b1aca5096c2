namespace Roundtable.Engine.Knowledge;

/// <summary>
/// Splits a <see cref="KnowledgeDocument"/> into chunks of at most
/// <see cref="DocumentChunkerOptions.TargetTokens"/> tokens. Cuts fall between words only, preferring
/// a paragraph break, then a sentence end, then a clause, within the second half of the budget; the
/// next chunk repeats up to <see cref="DocumentChunkerOptions.OverlapTokens"/> tokens, starting at a
/// sentence when one begins inside the overlap.
/// </summary>
public sealed class DocumentChunker
{
    private readonly ITokenCounter tokenCounter;

    public DocumentChunker(ITokenCounter? tokenCounter = null, DocumentChunkerOptions? options = null)
    {
        Options = options ?? new DocumentChunkerOptions();
        Options.Validate();
        this.tokenCounter = tokenCounter ?? TiktokenTokenCounter.O200kBase;
    }

    public DocumentChunkerOptions Options { get; }

    public IReadOnlyList<KnowledgeChunk> Chunk(KnowledgeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text ?? string.Empty;
        var words = TextSegmenter.Words(text);
        if (words.Count == 0)
        {
            return [];
        }

        var (cumulative, breaks) = Measure(text, words);
        var chunks = new List<KnowledgeChunk>();
        var start = 0;
        while (true)
        {
            var end = FurthestEnd(cumulative, start);
            if (end < words.Count)
            {
                end = BestCut(cumulative, breaks, start, end);
            }

            var (chunkText, tokens) = Cut(text, words, start, ref end);
            chunks.Add(new KnowledgeChunk(document.Id, document.TenantId, chunks.Count, document.Title, chunkText,
                words[start].Start, words[end - 1].End, tokens));
            if (end == words.Count)
            {
                return chunks;
            }

            start = OverlapStart(cumulative, breaks, start, end);
        }
    }

    /// <summary>
    /// Estimated tokens as prefix sums over words (with any line breaks before a word, which the
    /// tokenizer counts on their own), and the strength of the boundary after each word.
    /// </summary>
    private (int[] Cumulative, TextBreak[] Breaks) Measure(string text, List<(int Start, int End)> words)
    {
        var cumulative = new int[words.Count + 1];
        var breaks = new TextBreak[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var (wordStart, wordEnd) = words[i];
            var tokens = tokenCounter.CountTokens(text[wordStart..wordEnd]);
            if (i > 0 && text.AsSpan(words[i - 1].End, wordStart - words[i - 1].End).Contains('\n'))
            {
                tokens += tokenCounter.CountTokens(text[words[i - 1].End..wordStart]);
            }

            cumulative[i + 1] = cumulative[i] + tokens;
            breaks[i] = i == words.Count - 1 ? TextBreak.Paragraph : TextSegmenter.BreakAfter(text, words[i], words[i + 1].Start);
        }

        return (cumulative, breaks);
    }

    /// <summary>Exclusive end of the longest run from <paramref name="start"/> within the budget (at least one word).</summary>
    private int FurthestEnd(int[] cumulative, int start)
    {
        var end = start + 1;
        while (end < cumulative.Length - 1 && cumulative[end + 1] - cumulative[start] <= Options.TargetTokens)
        {
            end++;
        }

        return end;
    }

    /// <summary>The strongest boundary in the second half of the budget; the latest of equals.</summary>
    private int BestCut(int[] cumulative, TextBreak[] breaks, int start, int furthest)
    {
        var best = furthest;
        // Strictly over half: the overlap is at most half, so a cut never ends a chunk inside the previous one.
        for (var end = furthest - 1; end > start && cumulative[end] - cumulative[start] > Options.TargetTokens / 2; end--)
        {
            if (breaks[end - 1] > breaks[best - 1])
            {
                best = end;
            }
        }

        return best;
    }

    /// <summary>
    /// The chunk text and its real token count. Word-by-word counts are an estimate (merges across a
    /// space can differ), so trim a word at a time in the rare case the real count is over budget.
    /// </summary>
    private (string Text, int Tokens) Cut(string text, List<(int Start, int End)> words, int start, ref int end)
    {
        while (true)
        {
            var chunkText = text[words[start].Start..words[end - 1].End];
            var tokens = tokenCounter.CountTokens(chunkText);
            if (tokens <= Options.TargetTokens || end - start == 1)
            {
                return (chunkText, tokens);
            }

            end--;
        }
    }

    /// <summary>Where the next chunk starts: inside the previous one by at most the overlap, always moving forward.</summary>
    private int OverlapStart(int[] cumulative, TextBreak[] breaks, int start, int end)
    {
        var overlapStart = end;
        while (overlapStart - 1 > start && cumulative[end] - cumulative[overlapStart - 1] <= Options.OverlapTokens)
        {
            overlapStart--;
        }

        // Overlap must leave the next chunk room for at least one new word, or it would repeat the
        // previous chunk's tail without moving on (as before a word longer than the whole budget).
        while (overlapStart < end && cumulative[end + 1] - cumulative[overlapStart] > Options.TargetTokens)
        {
            overlapStart++;
        }

        for (var candidate = overlapStart; candidate < end; candidate++)
        {
            if (breaks[candidate - 1] >= TextBreak.Sentence)
            {
                return candidate;
            }
        }

        return overlapStart;
    }
}
