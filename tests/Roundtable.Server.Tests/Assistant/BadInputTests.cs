using System.Net;
using System.Text;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>Bad input on every endpoint is a 4xx ProblemDetails, never a 500.</summary>
public sealed class BadInputTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Endpoints_BadInput_ProblemDetails(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;
        var unknown = Guid.NewGuid();
        var bigMetadata = "{\"notes\":\"" + new string('x', 5_000) + "\"}";
        var cases = new List<(HttpMethod Method, string Url, string? Body, HttpStatusCode Expected)>
        {
            (HttpMethod.Post, "/v1/conversations", "{not json", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/conversations", "[1,2]", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/conversations", "{\"config\":{\"temperature\":7}}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/conversations", "{\"config\":{\"max_tokens\":0}}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/conversations", "{\"config\":{\"timeout_seconds\":100000}}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/conversations", "{\"config\":{\"provider\":\"Nope\"}}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/conversations", "{\"config\":{\"prompt\":\"missing-template\"}}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/conversations", "{\"config\":{\"temperature\":\"hot\"}}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/conversations", $"{{\"user_id\":\"{new string('u', 201)}\"}}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/conversations", "{\"metadata\":\"text\"}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/conversations", $"{{\"metadata\":{bigMetadata}}}", HttpStatusCode.BadRequest),
            (HttpMethod.Get, $"/v1/conversations/{unknown}", null, HttpStatusCode.NotFound),
            (HttpMethod.Get, "/v1/conversations/not-a-guid", null, HttpStatusCode.NotFound),
            (HttpMethod.Delete, $"/v1/conversations/{unknown}", null, HttpStatusCode.NotFound),
            (HttpMethod.Get, $"/v1/users/{new string('u', 201)}/conversations", null, HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/v1/conversations/{id}/messages", "{}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/v1/conversations/{id}/messages", "{\"content\":\"   \"}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/v1/conversations/{id}/messages", $"{{\"content\":\"{new string('a', 16_001)}\"}}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/v1/conversations/{id}/messages", "{\"content\":", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/v1/conversations/{id}/messages", $"{{\"content\":\"hi\",\"metadata\":{bigMetadata}}}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/v1/conversations/{unknown}/messages", "{\"content\":\"hi\"}", HttpStatusCode.NotFound),
            (HttpMethod.Get, $"/v1/conversations/{id}/messages?limit=0", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, $"/v1/conversations/{id}/messages?limit=201", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, $"/v1/conversations/{id}/messages?limit=abc", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, $"/v1/conversations/{unknown}/messages", null, HttpStatusCode.NotFound),
            (HttpMethod.Get, $"/v1/conversations/{unknown}/context", null, HttpStatusCode.NotFound),
            (HttpMethod.Post, "/v1/knowledge/documents", "{\"title\":\"No content\"}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/knowledge/documents", "{\"content\":\"No title\"}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/knowledge/documents", $"{{\"title\":\"Big\",\"content\":\"{new string('w', 200_001)}\"}}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/knowledge/documents", "not json", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/knowledge/search", "{}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/knowledge/search", "{\"query\":\"fees\",\"top_k\":0}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/knowledge/search", "{\"query\":\"fees\",\"top_k\":21}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/prompts", "{\"name\":\"bad name!\",\"template\":\"x\"}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/prompts", "{\"name\":\"ok\"}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/prompts", "{\"name\":\"ok\",\"template\":\"Hello {{unclosed\"}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/v1/prompts", "{{{", HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/v1/prompts/unknown-template", null, HttpStatusCode.NotFound),
            (HttpMethod.Get, "/v1/prompts/assistant-default?version=99", null, HttpStatusCode.NotFound),
        };

        foreach (var (method, url, body, expected) in cases)
        {
            using var request = new HttpRequestMessage(method, url);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            }

            using var response = await http.SendAsync(request);
            await AssistantHttp.AssertProblemAsync(response, expected, $"{method} {url} {body?[..Math.Min(body.Length, 60)]}");
        }
    }

    [Fact]
    public async Task AddDocument_BodyOverRequestLimit_PayloadTooLargeProblem()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = new AssistantServer(database);
        server.UseKestrel(0);
        server.StartServer();
        using var http = await server.CreateApplicationClientAsync("app");
        var body = $"{{\"title\":\"Huge\",\"content\":\"{new string('w', 1_100_000)}\"}}";

        using var response = await http.PostAsync("/v1/knowledge/documents", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssistantHttp.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "1.1 MB body");
    }
}
