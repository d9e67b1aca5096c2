using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;

namespace Roundtable.Server.Accounts;

/// <summary>
/// Creates applications and replaces or revokes their keys. A key returned here is the only time it
/// exists in clear. Servers that verified the old key may accept it for up to <see cref="VerifiedKeys.Lifetime"/>.
/// </summary>
public static class ApplicationRegistrar
{
    public const int MaxNameLength = 100;

    public static async Task<CreatedApplication> CreateAsync(
        RoundtableDbContext db, string name, DateTimeOffset now, CancellationToken cancellationToken, string? key = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > MaxNameLength)
        {
            throw new ArgumentException($"An application name has at most {MaxNameLength} characters.", nameof(name));
        }

        key ??= ApiKeys.Generate();
        if (!ApiKeys.LooksValid(key))
        {
            throw new ArgumentException($"An API key starts with '{ApiKeys.Scheme}' and has {ApiKeys.PrefixLength + 1}–100 characters.", nameof(key));
        }

        var application = new Application
        {
            Id = Guid.CreateVersion7(now),
            Name = name.Trim(),
            KeyPrefix = ApiKeys.PrefixOf(key),
            KeyHash = ApiKeys.Hash(key),
            CreatedAt = now,
        };
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApplication(application, key);
    }

    /// <summary>
    /// Gives the application a new key (its data stays) and lifts any revocation. Null when the application
    /// is gone or its key changed since <paramref name="application"/> was read: two rotations at once must
    /// not both print a key when only the later one works.
    /// </summary>
    public static async Task<string?> RotateKeyAsync(RoundtableDbContext db, Application application, CancellationToken cancellationToken)
    {
        var key = ApiKeys.Generate();
        var prefix = ApiKeys.PrefixOf(key);
        var hash = ApiKeys.Hash(key);
        var previousHash = application.KeyHash;
        var updated = await db.Applications
            .Where(a => a.Id == application.Id && a.KeyHash == previousHash)
            .ExecuteUpdateAsync(
                set => set.SetProperty(a => a.KeyPrefix, prefix).SetProperty(a => a.KeyHash, hash).SetProperty(a => a.RevokedAt, (DateTimeOffset?)null),
                cancellationToken);
        return updated == 1 ? key : null;
    }

    /// <summary>Marks the application's key revoked at <paramref name="now"/>; false when it already was (the first time is kept) or the application is gone.</summary>
    public static async Task<bool> RevokeKeyAsync(RoundtableDbContext db, Guid applicationId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Applications
            .Where(a => a.Id == applicationId && a.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.RevokedAt, now), cancellationToken) == 1;
}
