using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Showcase;

/// <summary>Bad input anywhere is the client's error, answered with ProblemDetails; never a 500.</summary>
public sealed class ShowcaseApiBadInputTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Endpoints_BadInput_AnswerProblemDetailsNeverServerError(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new ShowcaseServer(database);
        using var http = server.CreateClient();
        var cases = new List<(HttpMethod Method, string Url, HttpStatusCode? Expected)>();
        foreach (var endpoint in new[] { "/api/system-status", "/api/live-conversation-latest" })
        {
            foreach (var invalid in new[] { "abc", "-1", "0", "99999999999", "1.5", "%201", "1e3", "" })
            {
                cases.Add((HttpMethod.Get, $"{endpoint}?business_id={invalid}", HttpStatusCode.BadRequest));
            }

            cases.Add((HttpMethod.Get, $"{endpoint}?business_id=4242", HttpStatusCode.NotFound));
            cases.Add((HttpMethod.Get, $"{endpoint}?business_id={int.MaxValue}", HttpStatusCode.NotFound));
            // A wrong method is refused; which 4xx depends on the pages' catch-all route, which also matches it.
            cases.Add((HttpMethod.Post, endpoint, null));
            cases.Add((HttpMethod.Delete, endpoint, null));
        }

        cases.Add((HttpMethod.Get, "/api/nope", HttpStatusCode.NotFound));
        cases.Add((HttpMethod.Get, "/api/system-status/1", HttpStatusCode.NotFound));
        cases.Add((HttpMethod.Get, "/api/live-conversation-latest/abc", HttpStatusCode.NotFound));
        cases.Add((HttpMethod.Get, "/hubs/nope", HttpStatusCode.NotFound));

        foreach (var (method, url, expected) in cases)
        {
            using var response = await http.SendAsync(new HttpRequestMessage(method, url));
            var status = (int)response.StatusCode;
            Assert.True(expected is null ? status is >= 400 and < 500 : expected == response.StatusCode,
                $"{method} {url}: expected {(expected is null ? "a 4xx" : (int)expected)}, got {status}");
            Assert.True("application/problem+json" == response.Content.Headers.ContentType?.MediaType,
                $"{method} {url}: content type {response.Content.Headers.ContentType}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(status, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        }
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Pages_BadIds_AnswerClientErrorNeverServerError(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new ShowcaseServer(database);
        using var http = server.CreateClient();

        foreach (var url in new[]
        {
            "/business/abc", "/business/-1", "/business/0", "/business/99999999999", "/business/4242",
            "/conversations/abc", "/conversations/-1", "/conversations/0", "/conversations/99999999999", "/conversations/4242",
            "/nope",
        })
        {
            using var response = await http.GetAsync(url);
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"GET {url}: {(int)response.StatusCode}");
        }

        foreach (var url in new[] { "/conversations?page=abc", "/conversations?page=-1", "/conversations?page=99999999999", "/sitemap.xml" })
        {
            using var response = await http.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, $"GET {url}: {(int)response.StatusCode}");
        }
    }
}
