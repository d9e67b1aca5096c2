using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Roundtable.Engine.Tests.Cli;
using Roundtable.Server.Accounts;
using Roundtable.Server.Tests.Assistant;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Cli;

/// <summary>
/// <c>roundtable apps list | revoke | rotate</c>, run as the real program against the database a real
/// server uses: listings hold no secret, a revoked or rotated-away key is refused with 401 once the
/// server's trust window (<see cref="VerifiedKeys.Lifetime"/>, on its fake clock) has passed, and
/// arguments that name no single application exit 2 with a message.
/// </summary>
public sealed partial class AppsKeyCommandsTests : IDisposable
{
    private readonly string dataFolder = Directory.CreateTempSubdirectory("roundtable-apps-").FullName;

    [Fact]
    public async Task AppsList_DataFolder_ShowsIdNamePrefixCreatedAndRevokedButNoSecret()
    {
        var (supportId, supportKey) = await CreateAsync("Support desk", "--data-folder", dataFolder);
        var (billingId, billingKey) = await CreateAsync("Billing", "--data-folder", dataFolder);
        await RunAsync(0, "apps", "revoke", "Billing", "--data-folder", dataFolder);

        var output = await RunAsync(0, "apps", "list", "--data-folder", dataFolder);

        var support = Assert.Single(output.Split('\n'), line => line.Contains(supportId, StringComparison.Ordinal));
        var billing = Assert.Single(output.Split('\n'), line => line.Contains(billingId, StringComparison.Ordinal));
        Assert.Contains("Support desk", support, StringComparison.Ordinal);
        Assert.Contains(supportKey[..ApiKeys.PrefixLength], support, StringComparison.Ordinal);
        Assert.Single(Time().Matches(support));
        Assert.Contains("Billing", billing, StringComparison.Ordinal);
        Assert.Contains(billingKey[..ApiKeys.PrefixLength], billing, StringComparison.Ordinal);
        Assert.Equal(2, Time().Matches(billing).Count);
        foreach (var key in new[] { supportKey, billingKey })
        {
            Assert.DoesNotContain(key[..(ApiKeys.PrefixLength + 1)], output, StringComparison.Ordinal);
            Assert.DoesNotContain(key[(ApiKeys.PrefixLength + 4)..], output, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task AppsRevoke_ByName_KeyIs401OnAServerOnThatDatabaseOnceItsTrustWindowPasses(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var (_, key) = await CreateAsync("Leaky", "--connection", database.ConnectionString);
        await using var server = new AssistantServer(database);
        using var http = ClientWith(server, key);
        await http.CreateConversationAsync();

        var output = await RunAsync(0, "apps", "revoke", "Leaky", "--connection", database.ConnectionString);

        Assert.Contains("Revoked", output, StringComparison.Ordinal);
        await http.CreateConversationAsync();
        server.Clock.Advance(VerifiedKeys.Lifetime);
        using var refused = await http.GetAsync("/v1/users/user-1/conversations");
        await AssistantHttp.AssertProblemAsync(refused, HttpStatusCode.Unauthorized, "the revoked key");
        Assert.Contains("revoked", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task AppsRotate_ById_PrintsANewKeyThatOpensTheSameDataAndTheOldKeyIs401(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var (id, oldKey) = await CreateAsync("Rotating", "--connection", database.ConnectionString);
        await using var server = new AssistantServer(database);
        using var old = ClientWith(server, oldKey);
        var conversation = (await old.CreateConversationAsync()).GetProperty("id").GetString()!;

        var output = await RunAsync(0, "apps", "rotate", id, "--connection", database.ConnectionString);

        var newKey = Assert.Single(KeyLine().Matches(output)).Value;
        Assert.NotEqual(oldKey, newKey);
        server.Clock.Advance(VerifiedKeys.Lifetime);
        using var rotated = ClientWith(server, newKey);
        Assert.Equal(conversation, (await rotated.GetJsonAsync($"/v1/conversations/{conversation}")).GetProperty("id").GetString());
        using var refused = await old.GetAsync($"/v1/conversations/{conversation}");
        await AssistantHttp.AssertProblemAsync(refused, HttpStatusCode.Unauthorized, "the rotated-away key");
    }

    [Fact]
    public async Task AppsRevoke_AmbiguousName_Exit2ListingTheIdsAndRevokesNothing()
    {
        var (first, _) = await CreateAsync("Twin", "--data-folder", dataFolder);
        var (second, _) = await CreateAsync("Twin", "--data-folder", dataFolder);

        var (exitCode, output, error) = await CliProcess.RunAsync(null, "apps", "revoke", "Twin", "--data-folder", dataFolder);

        Assert.True(exitCode == 2, $"exit {exitCode}: {error}\n{output}");
        Assert.Contains(first, error, StringComparison.Ordinal);
        Assert.Contains(second, error, StringComparison.Ordinal);
        var list = await RunAsync(0, "apps", "list", "--data-folder", dataFolder);
        Assert.All(list.Split('\n').Where(line => line.Contains("Twin", StringComparison.Ordinal)), line => Assert.Single(Time().Matches(line)));
    }

    [Theory]
    [InlineData("revoke")]
    [InlineData("rotate")]
    public async Task AppsKeyCommand_UnknownApplication_Exit2WithoutAKey(string command)
    {
        await CreateAsync("Known", "--data-folder", dataFolder);

        var (exitCode, output, error) = await CliProcess.RunAsync(null, "apps", command, "Unknown", "--data-folder", dataFolder);

        Assert.True(exitCode == 2, $"exit {exitCode}: {error}\n{output}");
        Assert.Contains("No application", error, StringComparison.Ordinal);
        Assert.Empty(KeyLine().Matches(output));
    }

    [Theory]
    [InlineData("revoke")]
    [InlineData("rotate")]
    public async Task AppsKeyCommand_NoApplicationArgument_Exit2WithAMessage(string command)
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(null, "apps", command, "--data-folder", dataFolder);

        Assert.True(exitCode == 2, $"exit {exitCode}: {error}\n{output}");
        Assert.Contains("argument", error, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(KeyLine().Matches(output));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataFolder, recursive: true);
    }

    private static async Task<(string Id, string Key)> CreateAsync(string name, params string[] database)
    {
        var output = await RunAsync(0, ["apps", "create", name, .. database]);
        return (CreatedId().Match(output).Groups[1].Value, Assert.Single(KeyLine().Matches(output)).Value);
    }

    private static async Task<string> RunAsync(int expectedExitCode, params string[] args)
    {
        var (exitCode, output, error) = await CliProcess.RunAsync(null, args);
        Assert.True(exitCode == expectedExitCode, $"{string.Join(' ', args)}: exit {exitCode}: {error}\n{output}");
        return output;
    }

    private static HttpClient ClientWith(AssistantServer server, string key)
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    [GeneratedRegex(@"^rt_[A-Za-z0-9_-]{43}$", RegexOptions.Multiline)]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"Created application .* \(([0-9a-f-]{36})\)")]
    private static partial Regex CreatedId();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z")]
    private static partial Regex Time();
}
