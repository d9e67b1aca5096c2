namespace Roundtable.Bench;

/// <summary>Percentiles (nearest rank) of a set of durations in milliseconds.</summary>
internal sealed record LatencyStats(int Count, double P50, double P90, double P99, double Max, double Mean)
{
    public static LatencyStats Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new LatencyStats(0, 0, 0, 0, 0, 0);
        }

        double At(double percentile) => sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyStats(sorted.Length, At(50), At(90), At(99), sorted[^1], sorted.Average());
    }

    public override string ToString() =>
        Count == 0 ? "no samples" : $"p50 {P50,8:F1}  p90 {P90,8:F1}  p99 {P99,8:F1}  max {Max,8:F1}  mean {Mean,8:F1} ms  (n={Count})";
}
