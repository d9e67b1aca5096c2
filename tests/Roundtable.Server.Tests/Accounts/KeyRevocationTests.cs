using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Roundtable.Server.Accounts;
using Roundtable.Server.Tests.Assistant;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Accounts;

/// <summary>
/// Revoking and rotating a key as the CLI does (straight to the database, telling no server): a server
/// that verified the key within the last <see cref="VerifiedKeys.Lifetime"/> still accepts it until that
/// window ends, then answers 401; a server that had not verified it refuses at once.
/// </summary>
public sealed class KeyRevocationTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task RevokeKeyAsync_KeyVerifiedWithinTheWindow_AcceptedUntilTheWindowEndsThen401(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        var key = await server.CreateApplicationAsync("Leaky");
        using var http = ClientWith(server, key);
        await http.CreateConversationAsync();

        Assert.True(await RevokeAsync(database, "Leaky", server.Clock.GetUtcNow()));

        // The documented window (docs/api/assistant.md, ADR 006): up to 5 s after the key was last verified.
        server.Clock.Advance(TimeSpan.FromSeconds(4.9));
        await http.CreateConversationAsync();
        server.Clock.Advance(TimeSpan.FromSeconds(0.1));
        await AssertRevokedAsync(http);
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task RevokeKeyAsync_KeyNotVerifiedRecently_401AtOnceAndStaysSo(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        var key = await server.CreateApplicationAsync("Leaky");
        using var other = await server.CreateApplicationClientAsync("Other");

        Assert.True(await RevokeAsync(database, "Leaky", server.Clock.GetUtcNow()));

        using var http = ClientWith(server, key);
        await AssertRevokedAsync(http);
        server.Clock.Advance(VerifiedKeys.Lifetime * 3);
        await AssertRevokedAsync(http);
        await other.CreateConversationAsync();
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task RotateKeyAsync_NewKeyOpensTheSameDataAndTheOldKeyIs401AfterTheWindow(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        var oldKey = await server.CreateApplicationAsync("Rotating");
        using var old = ClientWith(server, oldKey);
        var id = (await old.CreateConversationAsync(new { user_id = "kept" })).GetProperty("id").GetString()!;

        string newKey;
        await using (var db = database.CreateContext())
        {
            var application = Assert.Single(await ApplicationLookup.FindAsync(db, "Rotating", CancellationToken.None));
            newKey = Assert.IsType<string>(await ApplicationRegistrar.RotateKeyAsync(db, application, CancellationToken.None));
        }

        using var rotated = ClientWith(server, newKey);
        Assert.Equal(id, (await rotated.GetJsonAsync($"/v1/conversations/{id}")).GetProperty("id").GetString());
        Assert.Single((await rotated.GetJsonAsync("/v1/users/kept/conversations")).EnumerateArray());
        await old.GetJsonAsync($"/v1/conversations/{id}");
        server.Clock.Advance(VerifiedKeys.Lifetime);
        using var refused = await old.GetAsync($"/v1/conversations/{id}");
        await AssistantHttp.AssertProblemAsync(refused, HttpStatusCode.Unauthorized, "the rotated-away key");
        await rotated.GetJsonAsync($"/v1/conversations/{id}");
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task RotateKeyAsync_RevokedApplication_NewKeyWorksAndTheRevocationIsLifted(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        await server.CreateApplicationAsync("Returning");
        Assert.True(await RevokeAsync(database, "Returning", server.Clock.GetUtcNow()));

        await using var db = database.CreateContext();
        var application = Assert.Single(await ApplicationLookup.FindAsync(db, "Returning", CancellationToken.None));
        var key = Assert.IsType<string>(await ApplicationRegistrar.RotateKeyAsync(db, application, CancellationToken.None));

        using var http = ClientWith(server, key);
        await http.CreateConversationAsync();
        Assert.Null(Assert.Single(await ApplicationLookup.FindAsync(db, application.Id.ToString(), CancellationToken.None)).RevokedAt);
    }

    private static HttpClient ClientWith(AssistantServer server, string key)
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task<bool> RevokeAsync(TestDatabase database, string name, DateTimeOffset now)
    {
        await using var db = database.CreateContext();
        var application = Assert.Single(await ApplicationLookup.FindAsync(db, name, CancellationToken.None));
        return await ApplicationRegistrar.RevokeKeyAsync(db, application.Id, now, CancellationToken.None);
    }

    private static async Task AssertRevokedAsync(HttpClient http)
    {
        using var response = await http.PostAsync("/v1/conversations", JsonContent());
        var body = await response.Content.ReadAsStringAsync();
        await AssistantHttp.AssertProblemAsync(response, HttpStatusCode.Unauthorized, "a revoked key");
        Assert.Contains("revoked", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static StringContent JsonContent() => new("""{"user_id":"u"}""", System.Text.Encoding.UTF8, "application/json");
}
