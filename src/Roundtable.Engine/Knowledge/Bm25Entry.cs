namespace Roundtable.Engine.Knowledge;

/// <summary>An indexed chunk: its length in terms and how often each term occurs in it.</summary>
internal sealed record Bm25Entry(KnowledgeChunk Chunk, int Length, Dictionary<string, int> TermFrequencies)
{
    /// <summary>Analyses the title with the text: a chunk about "Overdrafts" should match "overdraft" even if the body never repeats it.</summary>
    public static Bm25Entry Analyze(KnowledgeChunk chunk)
    {
        var terms = KnowledgeTextAnalyzer.Terms(chunk.Title);
        terms.AddRange(KnowledgeTextAnalyzer.Terms(chunk.Text));
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
        }

        return new Bm25Entry(chunk, terms.Count, frequencies);
    }
}
