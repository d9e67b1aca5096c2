using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>
/// One change the <see cref="ShowcaseWriteQueue"/> applies inside its batch transaction. It must build
/// its entities afresh on every apply: a batch that fails is rolled back and its writes applied again
/// one by one, and nothing of the failed attempt (such as generated ids) may leak into the retry.
/// </summary>
internal abstract class ShowcaseWrite
{
    /// <summary>Publishing and starting come before look-ahead storage in a batch: their time stamps are what lateness measures.</summary>
    public abstract bool Urgent { get; }

    public abstract Task ApplyAsync(RoundtableDbContext db, CancellationToken cancellationToken);

    /// <summary>The batch committed: hand the result to whoever is waiting.</summary>
    public abstract void Commit();

    public abstract void Fail(Exception exception);
}
