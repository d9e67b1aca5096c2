using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Roundtable.Server.Data;

/// <summary>The SQLite flavour of the database (the embedded default), with its own migrations.</summary>
public sealed class SqliteRoundtableDbContext(DbContextOptions<SqliteRoundtableDbContext> options) : RoundtableDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset text; every time is UTC, so store UTC ticks.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        // SQLite has no decimal type; money is stored as text with full precision.
        configurationBuilder.Properties<decimal>().HaveConversion<string>();
    }
}
