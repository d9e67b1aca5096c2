using Roundtable.Engine.Knowledge;

namespace Roundtable.Engine.Tests.Knowledge;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void Fuse_TwoRankings_SumsReciprocalRanksWithK60()
    {
        IReadOnlyList<IReadOnlyList<string>> rankings = [["x", "y", "z"], ["z", "w"]];

        var fused = ReciprocalRankFusion.Fuse(rankings);

        // z: 1/63 + 1/61 = 0.032266; x: 1/61 = 0.016393; y and w: 1/62 each, y first (earlier ranking).
        Assert.Equal(["z", "x", "y", "w"], fused.Select(entry => entry.Key));
        Assert.Equal((1.0 / 63) + (1.0 / 61), fused[0].Value, 12);
        Assert.Equal(1.0 / 61, fused[1].Value, 12);
        Assert.Equal(1.0 / 62, fused[2].Value, 12);
        Assert.Equal(1.0 / 62, fused[3].Value, 12);
    }

    [Fact]
    public void Fuse_EqualScores_BetterSingleRankFirst()
    {
        IReadOnlyList<IReadOnlyList<string>> rankings = [["a", "b", "c"], ["c", "x", "a"]];

        var fused = ReciprocalRankFusion.Fuse(rankings);

        // a: 1/61 + 1/63 and c: 1/63 + 1/61 tie; both have a first place, a's in the earlier ranking.
        Assert.Equal(["a", "c", "b", "x"], fused.Select(entry => entry.Key));
    }

    [Fact]
    public void Fuse_SmallerK_WeighsTopRanksMore()
    {
        IReadOnlyList<IReadOnlyList<string>> rankings = [["a", "b"]];

        var fused = ReciprocalRankFusion.Fuse(rankings, k: 0);

        Assert.Equal([1.0, 0.5], fused.Select(entry => entry.Value));
    }
}
