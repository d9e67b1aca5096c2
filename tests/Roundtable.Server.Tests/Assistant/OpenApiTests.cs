using System.Net;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>The API describes itself: an OpenAPI document with every /v1 route and an interactive page.</summary>
public sealed class OpenApiTests
{
    [Fact]
    public async Task OpenApiDocument_ListsAssistantRoutesAndDocsPageServes()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var server = new AssistantServer(database);
        using var http = server.CreateClient();

        var document = await http.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[]
        {
            "/v1/conversations", "/v1/conversations/{id}", "/v1/users/{userId}/conversations", "/v1/conversations/{id}/messages",
            "/v1/conversations/{id}/context", "/v1/knowledge/documents", "/v1/knowledge/search", "/v1/prompts", "/v1/prompts/{id}",
        })
        {
            Assert.Contains(path, paths);
        }

        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApplicationKey").GetProperty("scheme").GetString());
        Assert.True(document.GetProperty("paths").GetProperty("/v1/conversations").GetProperty("post").TryGetProperty("security", out _));
        using var page = await http.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var health = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
