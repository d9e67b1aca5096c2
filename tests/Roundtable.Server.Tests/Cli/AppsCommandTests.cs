using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Roundtable.Engine.Tests.Cli;
using Roundtable.Server.Tests.Assistant;

namespace Roundtable.Server.Tests.Cli;

/// <summary>
/// <c>roundtable apps create</c>, run as the real program against a SQLite file in a temporary data folder:
/// the key it prints once opens /v1 on a server started on that same file, and the file never holds the key.
/// </summary>
public sealed partial class AppsCommandTests : IDisposable
{
    private readonly string dataFolder = Directory.CreateTempSubdirectory("roundtable-apps-").FullName;

    [Fact]
    public async Task AppsCreate_DataFolder_PrintsAKeyOnceThatOpensV1AndStoresOnlyItsHash()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(null, "apps", "create", "Support desk", "--data-folder", dataFolder);

        Assert.True(exitCode == 0, $"exit {exitCode}: {error}\n{output}");
        var key = Assert.Single(KeyLine().Matches(output)).Value;
        var database = Path.Combine(dataFolder, "roundtable.db");
        Assert.Contains("Support desk", output, StringComparison.Ordinal);

        await using (var server = new AssistantServer($"Data Source={database}"))
        {
            using var http = server.CreateClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var created = await http.PostAsJsonAsync("/v1/conversations", new { user_id = "cli-user" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);

            // Same prefix (the part stored in clear), one character changed after it: the hash must refuse it.
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key[..^1] + (key[^1] == 'A' ? 'B' : 'A'));
            using var forged = await http.PostAsJsonAsync("/v1/conversations", new { user_id = "cli-user" });
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        }

        var (prefix, hash) = await StoredKeyAsync(database, "Support desk");
        Assert.Equal(key[..11], prefix);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key)), hash);
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(dataFolder))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(key)), $"{Path.GetFileName(file)} holds the API key in clear");
            Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(key[11..])), $"{Path.GetFileName(file)} holds the secret part of the key");
        }
    }

    [Fact]
    public async Task AppsCreate_BlankName_FailsWithoutPrintingAKey()
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(null, "apps", "create", " ", "--data-folder", dataFolder);

        Assert.NotEqual(0, exitCode);
        Assert.Empty(KeyLine().Matches(output));
        Assert.Contains("name", output + error, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataFolder, recursive: true);
    }

    private static async Task<(string Prefix, byte[] Hash)> StoredKeyAsync(string database, string name)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "KeyPrefix", "KeyHash" FROM applications WHERE "Name" = $name""";
        command.Parameters.AddWithValue("$name", name);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "no application row");
        var result = (reader.GetString(0), (byte[])reader.GetValue(1));
        Assert.False(await reader.ReadAsync(), "more than one application row");
        return result;
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    [GeneratedRegex(@"^rt_[A-Za-z0-9_-]{43}$", RegexOptions.Multiline)]
    private static partial Regex KeyLine();
}
