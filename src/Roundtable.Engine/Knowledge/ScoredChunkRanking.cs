namespace Roundtable.Engine.Knowledge;

/// <summary>Orders scored chunks best first, with ties broken by document and position so results are repeatable.</summary>
internal static class ScoredChunkRanking
{
    public static List<ScoredChunk> Top(List<ScoredChunk> scored, int top)
    {
        scored.Sort(static (left, right) =>
        {
            var byScore = right.Score.CompareTo(left.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byDocument = string.CompareOrdinal(left.Chunk.DocumentId, right.Chunk.DocumentId);
            return byDocument != 0 ? byDocument : left.Chunk.Index.CompareTo(right.Chunk.Index);
        });
        if (scored.Count > top)
        {
            scored.RemoveRange(top, scored.Count - top);
        }

        return scored;
    }
}
