using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>Calls the Assistant API and reads its snake_case JSON.</summary>
internal static class AssistantHttp
{
    public static async Task<JsonElement> CreateConversationAsync(this HttpClient http, object? body = null)
    {
        using var response = await http.PostAsJsonAsync("/v1/conversations", body ?? new { user_id = "user-1" });
        return await ReadAsync(response, HttpStatusCode.Created);
    }

    public static async Task<JsonElement> SendAsync(this HttpClient http, string conversationId, string content)
    {
        using var response = await http.PostAsJsonAsync($"/v1/conversations/{conversationId}/messages", new { content });
        return await ReadAsync(response, HttpStatusCode.OK);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        return await ReadAsync(response, HttpStatusCode.OK);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a 4xx answer with a ProblemDetails body of that status.</summary>
    public static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{what}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        Assert.Equal((int)expected, document.RootElement.GetProperty("status").GetInt32());
    }
}
