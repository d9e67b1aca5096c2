using Npgsql;

namespace Roundtable.Server.Data;

/// <summary>
/// Which database to use, read from <c>ConnectionStrings:Roundtable</c> or a
/// <c>DATABASE_URL</c> of the form <c>postgresql://user:pass@host:port/db</c>. With neither,
/// a SQLite file under the app's data folder.
/// </summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseConnection Resolve(string? connectionString, string? databaseUrl, string dataFolder)
    {
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return IsPostgresUrl(connectionString) ? FromUrl(connectionString)
                : LooksLikeSqlite(connectionString) ? new DatabaseConnection(DatabaseProvider.Sqlite, connectionString)
                : new DatabaseConnection(DatabaseProvider.Postgres, connectionString);
        }

        if (!string.IsNullOrWhiteSpace(databaseUrl))
        {
            return FromUrl(databaseUrl);
        }

        Directory.CreateDirectory(dataFolder);
        return new DatabaseConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataFolder, "roundtable.db")}");
    }

    /// <summary>The connection string with any password replaced, for logs and health output.</summary>
    public string Redacted => Provider == DatabaseProvider.Postgres
        ? new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }.ConnectionString
        : ConnectionString;

    private static bool IsPostgresUrl(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeSqlite(string value) =>
        value.Contains("Data Source=", StringComparison.OrdinalIgnoreCase) && !value.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    private static DatabaseConnection FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsPostgresUrl(url) || string.IsNullOrEmpty(uri.Host))
        {
            throw new InvalidOperationException("DATABASE_URL must look like postgresql://user:pass@host:port/db.");
        }

        var credentials = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            Username = Uri.UnescapeDataString(credentials[0]),
            Password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : null,
        };
        return new DatabaseConnection(DatabaseProvider.Postgres, builder.ConnectionString);
    }
}
