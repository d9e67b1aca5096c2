namespace Roundtable.Server.Accounts;

/// <summary>
/// A tenant of the Assistant API. Its key is shown once at creation; only a SHA-256 hash and a short
/// prefix (to find the row without scanning) are stored.
/// </summary>
public sealed class Application
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The first characters of the key, e.g. "rt_3fA9xQ2b"; indexed for lookup.</summary>
    public required string KeyPrefix { get; set; }

    /// <summary>SHA-256 of the whole key.</summary>
    public required byte[] KeyHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the key was revoked; a revoked key is refused. A rotation issues a new key and clears this.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
