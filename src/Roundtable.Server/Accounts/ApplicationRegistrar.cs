using Roundtable.Server.Data;

namespace Roundtable.Server.Accounts;

/// <summary>Creates applications; the key in the result is the only time it exists in clear.</summary>
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
}
