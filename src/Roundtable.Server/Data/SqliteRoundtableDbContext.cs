using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Roundtable.Server.Data;

/// <summary>The SQLite flavour of the database (the embedded default), with its own migrations.</summary>
public sealed class SqliteRoundtableDbContext(DbContextOptions<SqliteRoundtableDbContext> options) : RoundtableDbContext(options)
{
    /// <summary>Saves in this process's queue of writers to the same file (<see cref="SqliteWriters"/>).</summary>
    /// <remarks>
    /// Inside an explicit transaction the connection may already hold SQLite's write lock, and waiting
    /// for a writer that waits for that lock would deadlock, so such a save goes straight through.
    /// </remarks>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var writers = SqliteWriters.For(Database.GetConnectionString() ?? "");
        await writers.WaitAsync(cancellationToken);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            writers.Release();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset text; every time is UTC, so store UTC ticks.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        // SQLite has no decimal type; money is stored as text with full precision.
        configurationBuilder.Properties<decimal>().HaveConversion<string>();
    }
}
