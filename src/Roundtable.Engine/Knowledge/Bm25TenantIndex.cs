namespace Roundtable.Engine.Knowledge;

/// <summary>
/// One tenant's inverted index and its statistics (chunk count, average length, document
/// frequencies), so one tenant's documents never shift another tenant's scores.
/// </summary>
internal sealed class Bm25TenantIndex
{
    // Searches share the read lock; a document write takes the write lock briefly. Analysis happens
    // before the lock is taken, so writers hold it only to swap postings. Partitions live as long as
    // the index, so the lock is never disposed: it makes wait handles only under contention, and
    // those are finalizable.
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, Dictionary<KnowledgeChunkKey, int>> postings = new(StringComparer.Ordinal);
    private readonly Dictionary<KnowledgeChunkKey, Bm25Entry> entries = [];
    private readonly Dictionary<string, List<KnowledgeChunkKey>> documents = new(StringComparer.Ordinal);
    private long totalLength;

    public int ChunkCount
    {
        get
        {
            gate.EnterReadLock();
            try
            {
                return entries.Count;
            }
            finally
            {
                gate.ExitReadLock();
            }
        }
    }

    public void ReplaceDocument(string documentId, IReadOnlyList<Bm25Entry> analyzed)
    {
        gate.EnterWriteLock();
        try
        {
            RemoveLocked(documentId);
            if (analyzed.Count == 0)
            {
                return;
            }

            var keys = new List<KnowledgeChunkKey>(analyzed.Count);
            foreach (var entry in analyzed)
            {
                var key = KnowledgeChunkKey.Of(entry.Chunk);
                entries[key] = entry;
                keys.Add(key);
                totalLength += entry.Length;
                foreach (var (term, frequency) in entry.TermFrequencies)
                {
                    if (!postings.TryGetValue(term, out var posting))
                    {
                        postings[term] = posting = [];
                    }

                    posting[key] = frequency;
                }
            }

            documents[documentId] = keys;
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public bool RemoveDocument(string documentId)
    {
        gate.EnterWriteLock();
        try
        {
            return RemoveLocked(documentId);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>
    /// Okapi BM25 over the distinct query terms:
    /// IDF(t) · tf·(k1+1) / (tf + k1·(1 − b + b·len/avgLen)), with IDF(t) = ln(1 + (N − df + 0.5)/(df + 0.5)).
    /// </summary>
    public List<ScoredChunk> Search(IReadOnlyCollection<string> queryTerms, int top, Bm25Parameters parameters)
    {
        var scored = new List<ScoredChunk>();
        gate.EnterReadLock();
        try
        {
            if (entries.Count == 0)
            {
                return scored;
            }

            double chunkCount = entries.Count;
            var averageLength = totalLength / chunkCount;
            var scores = new Dictionary<KnowledgeChunkKey, double>();
            foreach (var term in queryTerms)
            {
                if (!postings.TryGetValue(term, out var posting))
                {
                    continue;
                }

                var idf = Math.Log(1 + ((chunkCount - posting.Count + 0.5) / (posting.Count + 0.5)));
                foreach (var (key, frequency) in posting)
                {
                    var lengthRatio = averageLength > 0 ? entries[key].Length / averageLength : 1;
                    var saturation = frequency * (parameters.K1 + 1)
                        / (frequency + (parameters.K1 * (1 - parameters.B + (parameters.B * lengthRatio))));
                    scores[key] = scores.GetValueOrDefault(key) + (idf * saturation);
                }
            }

            foreach (var (key, score) in scores)
            {
                scored.Add(new ScoredChunk(entries[key].Chunk, score));
            }
        }
        finally
        {
            gate.ExitReadLock();
        }

        return ScoredChunkRanking.Top(scored, top);
    }

    private bool RemoveLocked(string documentId)
    {
        if (!documents.Remove(documentId, out var keys))
        {
            return false;
        }

        foreach (var key in keys)
        {
            if (!entries.Remove(key, out var entry))
            {
                continue;
            }

            totalLength -= entry.Length;
            foreach (var term in entry.TermFrequencies.Keys)
            {
                if (postings.TryGetValue(term, out var posting) && posting.Remove(key) && posting.Count == 0)
                {
                    postings.Remove(term);
                }
            }
        }

        return true;
    }
}
