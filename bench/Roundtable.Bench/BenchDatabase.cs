using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Roundtable.Server.Data;

namespace Roundtable.Bench;

/// <summary>A fresh database for one run: a SQLite file in a temporary folder, or a uniquely named PostgreSQL database.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? folder;
    private readonly string? adminConnectionString;
    private readonly string? postgresName;

    private BenchDatabase(DatabaseProvider provider, string connectionString, string? folder, string? adminConnectionString, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.folder = folder;
        this.adminConnectionString = adminConnectionString;
        this.postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string kind)
    {
        if (kind == "postgres")
        {
            var admin = Environment.GetEnvironmentVariable("ROUNDTABLE_TEST_POSTGRES");
            if (string.IsNullOrWhiteSpace(admin))
            {
                throw new InvalidOperationException("--database postgres needs ROUNDTABLE_TEST_POSTGRES, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres");
            }

            var name = $"roundtable_bench_{Guid.NewGuid():N}";
            await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
            var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
            return new BenchDatabase(DatabaseProvider.Postgres, connection, null, admin, name);
        }

        var folder = Path.Combine(Path.GetTempPath(), $"roundtable-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return new BenchDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "roundtable.db")}", folder, null, null);
    }

    public RoundtableDbContext CreateContext() => Provider == DatabaseProvider.Postgres
        ? new PostgresRoundtableDbContext(new DbContextOptionsBuilder<PostgresRoundtableDbContext>().UseNpgsql(ConnectionString).Options)
        : new SqliteRoundtableDbContext(new DbContextOptionsBuilder<SqliteRoundtableDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>Bytes on disk (the SQLite file with its WAL), or the PostgreSQL database's size.</summary>
    public async Task<long> SizeAsync()
    {
        if (folder is not null)
        {
            return new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Leave the SQLite file in place when the run ends.</summary>
    public bool Keep { get; set; }

    public async ValueTask DisposeAsync()
    {
        if (folder is not null && Keep)
        {
            SqliteConnection.ClearAllPools();
            Console.WriteLine($"  database kept: {ConnectionString}");
        }
        else if (folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(adminConnectionString!, $"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
