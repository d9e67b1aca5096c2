using Microsoft.EntityFrameworkCore;
using Npgsql;
using Roundtable.Server.Data;

namespace Roundtable.Server.Tests.Crash;

/// <summary>A uniquely named database on the PostgreSQL server of <c>ROUNDTABLE_TEST_POSTGRES</c>, dropped afterwards.</summary>
internal sealed class PostgresCrashDatabase : CrashDatabase
{
    private readonly string adminConnectionString;
    private readonly string databaseName;

    private PostgresCrashDatabase(string adminConnectionString, string databaseName)
    {
        this.adminConnectionString = adminConnectionString;
        this.databaseName = databaseName;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = databaseName }.ConnectionString;
    }

    public override string Name => "PostgreSQL";

    public override string ConnectionString { get; }

    public static async Task<PostgresCrashDatabase> CreateAsync(string adminConnectionString)
    {
        var database = new PostgresCrashDatabase(adminConnectionString, $"roundtable_crash_{Guid.NewGuid():N}");
        await database.ExecuteAsAdminAsync($"CREATE DATABASE \"{database.databaseName}\"");
        return database;
    }

    public override RoundtableDbContext CreateContext() =>
        new PostgresRoundtableDbContext(new DbContextOptionsBuilder<PostgresRoundtableDbContext>().UseNpgsql(ConnectionString).Options);

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsAdminAsync($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)");
    }

    private async Task ExecuteAsAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
