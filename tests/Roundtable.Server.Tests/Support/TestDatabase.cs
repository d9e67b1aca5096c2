using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Roundtable.Server.Data;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Tests.Support;

/// <summary>
/// An empty database of its own for one test: a temporary SQLite file, or a uniquely named
/// PostgreSQL database on the server <see cref="PostgresVariable"/> points at. Deleted or dropped
/// afterwards. Without that variable the PostgreSQL variants are skipped, unless
/// <see cref="RequireAllVariable"/> is 1, in which case they fail.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "ROUNDTABLE_TEST_POSTGRES";
    public const string RequireAllVariable = "ROUNDTABLE_REQUIRE_ALL_SUITES";

    private readonly Func<Task> drop;

    private TestDatabase(DatabaseKind kind, string connectionString, Func<Task> drop)
    {
        Kind = kind;
        ConnectionString = connectionString;
        this.drop = drop;
    }

    public DatabaseKind Kind { get; }

    /// <summary>What the server gets as <c>ConnectionStrings:Roundtable</c>.</summary>
    public string ConnectionString { get; }

    public static Task<TestDatabase> CreateAsync(DatabaseKind kind) => kind switch
    {
        DatabaseKind.Sqlite => Task.FromResult(CreateSqlite()),
        DatabaseKind.Postgres => CreatePostgresAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A context of the right provider, outside any host (the server may be stopped).</summary>
    public RoundtableDbContext CreateContext() => Kind == DatabaseKind.Sqlite
        ? new SqliteRoundtableDbContext(new DbContextOptionsBuilder<SqliteRoundtableDbContext>().UseSqlite(ConnectionString).Options)
        : new PostgresRoundtableDbContext(new DbContextOptionsBuilder<PostgresRoundtableDbContext>().UseNpgsql(ConnectionString).Options);

    /// <summary>Applies the server's migrations now, so data can be stored before the server starts.</summary>
    public async Task MigrateAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    /// <summary>
    /// Stores the businesses before the server starts, so its scheduler finds them (and the demo
    /// business is not added); returns their ids in order.
    /// </summary>
    public async Task<IReadOnlyList<int>> SeedAsync(params Business[] businesses)
    {
        await MigrateAsync();
        await using var db = CreateContext();
        db.Businesses.AddRange(businesses);
        await db.SaveChangesAsync();
        return businesses.Select(b => b.Id).ToList();
    }

    public async ValueTask DisposeAsync() => await drop();

    private static TestDatabase CreateSqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"roundtable-test-{Guid.NewGuid():N}.db");
        // An empty file is an empty database. Opening it read-write without "create" means that work a
        // stopped host left running (the look-ahead) cannot bring a deleted file back.
        File.Create(path).Dispose();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite }.ToString();
        return new TestDatabase(DatabaseKind.Sqlite, connectionString, () =>
        {
            using (var connection = new SqliteConnection(connectionString))
            {
                SqliteConnection.ClearPool(connection);
            }

            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return Task.CompletedTask;
        });
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            if (Environment.GetEnvironmentVariable(RequireAllVariable) == "1")
            {
                Assert.Fail($"{RequireAllVariable}=1 requires the PostgreSQL suite, but {PostgresVariable} is not set. " +
                    $"Set it to an admin connection string, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres.");
            }

            Skip.If(true, $"{PostgresVariable} is not set; the PostgreSQL variant is skipped.");
        }

        var name = $"roundtable_test_{Guid.NewGuid():N}";
        await ExecuteAsync(admin!, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(DatabaseKind.Postgres, connectionString, async () =>
        {
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            await ExecuteAsync(admin!, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
