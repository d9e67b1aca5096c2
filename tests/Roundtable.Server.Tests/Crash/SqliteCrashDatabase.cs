using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;

namespace Roundtable.Server.Tests.Crash;

/// <summary>A SQLite file in its own temporary folder (with its -wal and -shm beside it).</summary>
internal sealed class SqliteCrashDatabase : CrashDatabase
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"roundtable-crash-{Guid.NewGuid():N}");

    public SqliteCrashDatabase()
    {
        Directory.CreateDirectory(folder);
        ConnectionString = $"Data Source={Path.Combine(folder, "roundtable.db")}";
    }

    public override string Name => "SQLite";

    public override string ConnectionString { get; }

    public override RoundtableDbContext CreateContext() =>
        new SqliteRoundtableDbContext(new DbContextOptionsBuilder<SqliteRoundtableDbContext>().UseSqlite(ConnectionString).Options);

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; nothing depends on it.
        }

        return ValueTask.CompletedTask;
    }
}
