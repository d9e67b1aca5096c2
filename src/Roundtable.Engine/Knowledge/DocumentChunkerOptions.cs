namespace Roundtable.Engine.Knowledge;

/// <summary>How <see cref="DocumentChunker"/> sizes chunks.</summary>
public sealed record DocumentChunkerOptions
{
    /// <summary>Largest chunk text in tokens. A single word longer than this becomes a chunk of its own.</summary>
    public int TargetTokens { get; init; } = 256;

    /// <summary>
    /// Tokens at the end of one chunk repeated at the start of the next, so a fact that straddles a
    /// boundary is whole in at least one chunk. At most half of <see cref="TargetTokens"/>.
    /// </summary>
    public int OverlapTokens { get; init; } = 32;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(TargetTokens, 1, nameof(TargetTokens));
        ArgumentOutOfRangeException.ThrowIfNegative(OverlapTokens, nameof(OverlapTokens));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(OverlapTokens, TargetTokens / 2, nameof(OverlapTokens));
    }
}
