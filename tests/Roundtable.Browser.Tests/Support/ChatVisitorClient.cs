using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Roundtable.Browser.Tests.Support;

/// <summary>A visitor of the chat page over plain HTTP: its own cookies, and the antiforgery token its page was given.</summary>
internal sealed partial class ChatVisitorClient : IDisposable
{
    private readonly HttpClient http;

    private ChatVisitorClient(HttpClient http, string token)
    {
        this.http = http;
        Token = token;
    }

    public string Token { get; }

    public static async Task<ChatVisitorClient> OpenPageAsync(ChatServer server)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server.BaseAddress };
        var page = await http.GetStringAsync("/chat");
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, "the page carries no antiforgery token");
        return new ChatVisitorClient(http, WebUtility.HtmlDecode(token.Groups[1].Value));
    }

    public Task<HttpResponseMessage> StartConversationAsync(bool withToken = true) => PostAsync("/chat/api/conversations", new { }, withToken);

    public async Task<Guid> StartConversationIdAsync()
    {
        using var response = await StartConversationAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetGuid();
    }

    public Task<HttpResponseMessage> SendAsync(Guid conversationId, string content, bool withToken = true, bool stream = false) =>
        PostAsync($"/chat/api/conversations/{conversationId}/messages", new { content }, withToken, stream);

    public void Dispose() => http.Dispose();

    private Task<HttpResponseMessage> PostAsync(string path, object body, bool withToken, bool stream = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(stream ? "text/event-stream" : "application/json"));
        if (withToken)
        {
            request.Headers.Add("RequestVerificationToken", Token);
        }

        return http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    [GeneratedRegex("data-antiforgery-token=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
