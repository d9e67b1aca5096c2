using System.Collections.Concurrent;

namespace Roundtable.Server.Accounts;

/// <summary>
/// Keys that matched an application within the last <see cref="Lifetime"/>, by their SHA-256, so a
/// client's every request is not also a database round trip. Only matches are remembered: an unknown
/// key always reaches the database, so guessing cannot fill this. The key itself is never kept.
/// </summary>
/// <remarks>
/// The lifetime is how long a revoked or rotated-away key can still open /v1 on a node that verified it
/// just before: revocation is written to the database by the CLI, which tells no node. Five seconds
/// keeps that gap short while a busy client still costs one indexed lookup per node every five seconds,
/// not one per request.
/// </remarks>
public sealed class VerifiedKeys(TimeProvider timeProvider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, VerifiedApplication> entries = new(StringComparer.Ordinal);

    public bool TryGet(byte[] keyHash, out VerifiedApplication application)
    {
        if (entries.TryGetValue(Convert.ToBase64String(keyHash), out application!) && timeProvider.GetUtcNow() < application.Until)
        {
            return true;
        }

        application = null!;
        return false;
    }

    public VerifiedApplication Remember(byte[] keyHash, Application application)
    {
        if (entries.Count >= MaxEntries)
        {
            // Far more live keys than any node serves at once: start over rather than track ages.
            entries.Clear();
        }

        var verified = new VerifiedApplication(application.Id, application.Name, timeProvider.GetUtcNow() + Lifetime);
        entries[Convert.ToBase64String(keyHash)] = verified;
        return verified;
    }
}
