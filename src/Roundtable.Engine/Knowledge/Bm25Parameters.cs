namespace Roundtable.Engine.Knowledge;

/// <summary>Okapi BM25 tuning.</summary>
/// <param name="K1">Term-frequency saturation: how quickly repeats of a term stop adding score.</param>
/// <param name="B">Length normalisation: 0 ignores chunk length, 1 scales fully by it.</param>
public sealed record Bm25Parameters(double K1 = 1.2, double B = 0.75)
{
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(K1, nameof(K1));
        ArgumentOutOfRangeException.ThrowIfNegative(B, nameof(B));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(B, 1, nameof(B));
    }
}
