using System.Net;
using System.Net.Http.Json;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>Application B can neither read, write nor search anything of application A's, on any endpoint.</summary>
public sealed class TenantIsolationTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task EveryEndpoint_OtherApplicationsData_NotFoundOrInvisible(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        using var a = await server.CreateApplicationClientAsync("A");
        using var b = await server.CreateApplicationClientAsync("B");
        var id = (await a.CreateConversationAsync(new { user_id = "shared-user" })).GetProperty("id").GetString()!;
        await a.SendAsync(id, "Hello there");
        using var document = await a.PostAsJsonAsync("/v1/knowledge/documents", new { title = "Secret rates", content = "The zebra premium rate is 9 percent." });
        await AssistantHttp.ReadAsync(document, HttpStatusCode.Created);
        using var prompt = await a.PostAsJsonAsync("/v1/prompts", new { name = "a-only", template = "You help {{who}}." });
        await AssistantHttp.ReadAsync(prompt, HttpStatusCode.Created);

        foreach (var (method, url) in new[]
        {
            (HttpMethod.Get, $"/v1/conversations/{id}"),
            (HttpMethod.Delete, $"/v1/conversations/{id}"),
            (HttpMethod.Get, $"/v1/conversations/{id}/messages"),
            (HttpMethod.Get, $"/v1/conversations/{id}/context"),
            (HttpMethod.Get, "/v1/prompts/a-only"),
        })
        {
            using var response = await b.SendAsync(new HttpRequestMessage(method, url));
            await AssistantHttp.AssertProblemAsync(response, HttpStatusCode.NotFound, $"{method} {url} as B");
        }

        using var write = await b.PostAsJsonAsync($"/v1/conversations/{id}/messages", new { content = "Let me in" });
        await AssistantHttp.AssertProblemAsync(write, HttpStatusCode.NotFound, "B writes to A's conversation");
        Assert.Empty((await b.GetJsonAsync("/v1/users/shared-user/conversations")).EnumerateArray());
        using var search = await b.PostAsJsonAsync("/v1/knowledge/search", new { query = "zebra premium rate" });
        Assert.Empty((await AssistantHttp.ReadAsync(search, HttpStatusCode.OK)).GetProperty("results").EnumerateArray());
        Assert.DoesNotContain((await b.GetJsonAsync("/v1/prompts")).EnumerateArray(), p => p.GetProperty("name").GetString() == "a-only");
        using var borrow = await b.PostAsJsonAsync("/v1/conversations", new { config = new { prompt = "a-only", prompt_variables = new { who = "B" } } });
        await AssistantHttp.AssertProblemAsync(borrow, HttpStatusCode.BadRequest, "B uses A's prompt");

        // A still sees all of it, untouched.
        Assert.Equal("ACTIVE", (await a.GetJsonAsync($"/v1/conversations/{id}")).GetProperty("state").GetString());
        using var own = await a.PostAsJsonAsync("/v1/knowledge/search", new { query = "zebra premium rate" });
        Assert.NotEmpty((await AssistantHttp.ReadAsync(own, HttpStatusCode.OK)).GetProperty("results").EnumerateArray());
    }
}
