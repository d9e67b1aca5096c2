using System.Numerics.Tensors;

namespace Roundtable.Engine.Knowledge;

/// <summary>One tenant's chunk vectors, searched exhaustively: exact, and fast enough for a knowledge base of thousands of chunks.</summary>
internal sealed class VectorTenantIndex
{
    // Same locking as Bm25TenantIndex: shared reads, brief exclusive writes, never disposed.
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<KnowledgeChunkKey, VectorEntry> entries = [];
    private readonly Dictionary<string, List<KnowledgeChunkKey>> documents = new(StringComparer.Ordinal);

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

    public void ReplaceDocument(string documentId, IReadOnlyList<VectorEntry> vectors)
    {
        gate.EnterWriteLock();
        try
        {
            RemoveLocked(documentId);
            if (vectors.Count == 0)
            {
                return;
            }

            var keys = new List<KnowledgeChunkKey>(vectors.Count);
            foreach (var entry in vectors)
            {
                var key = KnowledgeChunkKey.Of(entry.Chunk);
                entries[key] = entry;
                keys.Add(key);
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

    public List<ScoredChunk> Search(float[] unitQuery, int top, double minimumSimilarity)
    {
        var scored = new List<ScoredChunk>();
        gate.EnterReadLock();
        try
        {
            foreach (var entry in entries.Values)
            {
                if (entry.UnitVector.Length != unitQuery.Length)
                {
                    throw new InvalidOperationException(
                        $"The query embedding has {unitQuery.Length} dimensions but chunk {entry.Chunk.Index} of document " +
                        $"'{entry.Chunk.DocumentId}' has {entry.UnitVector.Length}; were the chunks embedded with another model?");
                }

                double similarity = TensorPrimitives.Dot(unitQuery, entry.UnitVector);
                if (similarity > minimumSimilarity)
                {
                    scored.Add(new ScoredChunk(entry.Chunk, similarity));
                }
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
            entries.Remove(key);
        }

        return true;
    }
}
