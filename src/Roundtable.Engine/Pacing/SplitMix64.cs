namespace Roundtable.Engine.Pacing;

/// <summary>
/// The SplitMix64 generator (Steele, Lea and Flood). Pure integer arithmetic, so a given state
/// yields the same sequence on every runtime, platform and version — which
/// <see cref="System.Random"/> does not promise.
/// </summary>
internal sealed class SplitMix64(ulong state)
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15;

    private ulong state = state;

    /// <summary>The SplitMix64 finaliser: a strong bijective mix of 64 bits.</summary>
    public static ulong Mix(ulong value)
    {
        unchecked
        {
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EB;
            return value ^ (value >> 31);
        }
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            state += GoldenGamma;
        }

        return Mix(state);
    }

    /// <summary>A uniform value in [0, <paramref name="maxInclusive"/>], without modulo bias.</summary>
    public ulong NextInclusive(ulong maxInclusive)
    {
        if (maxInclusive == ulong.MaxValue)
        {
            return NextUInt64();
        }

        var bound = maxInclusive + 1;
        // Values below the threshold would favour the low residues; draw again instead.
        var threshold = unchecked(0UL - bound) % bound;
        ulong value;
        do
        {
            value = NextUInt64();
        }
        while (value < threshold);

        return value % bound;
    }
}
