namespace Roundtable.Engine.Knowledge;

/// <summary>
/// Reciprocal Rank Fusion (Cormack, Clarke and Büttcher, 2009): score(d) = Σ 1/(k + rank(d)) over
/// the rankings that contain d, ranks starting at 1. It needs only ranks, so BM25 scores and cosine
/// similarities, which live on different scales, can be combined without calibration.
/// </summary>
internal static class ReciprocalRankFusion
{
    public const int DefaultK = 60;

    /// <summary>
    /// Fused keys best first. Equal scores are ordered by the better single rank, then by the
    /// earlier ranking in <paramref name="rankings"/>, so the result is repeatable.
    /// </summary>
    public static List<KeyValuePair<TKey, double>> Fuse<TKey>(IReadOnlyList<IReadOnlyList<TKey>> rankings, int k = DefaultK)
        where TKey : notnull
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var fused = new Dictionary<TKey, (double Score, int BestRank, int BestRanking)>();
        for (var ranking = 0; ranking < rankings.Count; ranking++)
        {
            var list = rankings[ranking];
            for (var position = 0; position < list.Count; position++)
            {
                var rank = position + 1;
                var contribution = 1.0 / (k + rank);
                fused[list[position]] = fused.TryGetValue(list[position], out var seen)
                    ? (seen.Score + contribution, Math.Min(seen.BestRank, rank), rank < seen.BestRank ? ranking : seen.BestRanking)
                    : (contribution, rank, ranking);
            }
        }

        return fused
            .OrderByDescending(entry => entry.Value.Score)
            .ThenBy(entry => entry.Value.BestRank)
            .ThenBy(entry => entry.Value.BestRanking)
            .Select(entry => KeyValuePair.Create(entry.Key, entry.Value.Score))
            .ToList();
    }
}
