using System.Net;
using Roundtable.Browser.Tests.Support;

namespace Roundtable.Browser.Tests.Pages;

/// <summary>The chat page's endpoints over plain HTTP: only the page may call them, and only for its own conversations.</summary>
public sealed class ChatPageApiTests
{
    [Fact]
    public async Task Endpoints_WithoutTheAntiforgeryToken_Answer400()
    {
        await using var model = await PacedModelServer.StartAsync();
        await using var server = new ChatServer(model);
        using var visitor = await ChatVisitorClient.OpenPageAsync(server);

        using var start = await visitor.StartConversationAsync(withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, start.StatusCode);
        Assert.Equal("application/problem+json", start.Content.Headers.ContentType?.MediaType);

        var conversationId = await visitor.StartConversationIdAsync();
        using var send = await visitor.SendAsync(conversationId, "What savings accounts do you offer?", withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, send.StatusCode);
        Assert.Equal(0, model.Requests);
    }

    [Fact]
    public async Task SendMessage_AnotherVisitorsConversation_Answers404()
    {
        await using var model = await PacedModelServer.StartAsync();
        await using var server = new ChatServer(model);
        using var owner = await ChatVisitorClient.OpenPageAsync(server);
        using var stranger = await ChatVisitorClient.OpenPageAsync(server);
        var conversationId = await owner.StartConversationIdAsync();

        // A stranger without any conversation of its own, then one with its own visitor cookie.
        using var withoutCookie = await stranger.SendAsync(conversationId, "Let me in");
        Assert.Equal(HttpStatusCode.NotFound, withoutCookie.StatusCode);
        await stranger.StartConversationIdAsync();
        using var withCookie = await stranger.SendAsync(conversationId, "Let me in", stream: true);
        Assert.Equal(HttpStatusCode.NotFound, withCookie.StatusCode);
        Assert.Equal(0, model.Requests);

        using var own = await owner.SendAsync(conversationId, "What savings accounts do you offer?", stream: true);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var events = await own.Content.ReadAsStringAsync();
        Assert.StartsWith("event: token\n", events, StringComparison.Ordinal);
        Assert.Contains("event: message\n", events, StringComparison.Ordinal);
        Assert.Contains("Savings Account Information", events, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_TooLongOrTooLarge_Answers400Or413()
    {
        await using var model = await PacedModelServer.StartAsync();
        await using var server = new ChatServer(model);
        using var visitor = await ChatVisitorClient.OpenPageAsync(server);
        var conversationId = await visitor.StartConversationIdAsync();

        using var tooLong = await visitor.SendAsync(conversationId, new string('a', 16_001));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        using var tooLarge = await visitor.SendAsync(conversationId, new string('"', 40_000));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
    }

    [Fact]
    public async Task StartConversation_OverThePerAddressLimit_Answers429()
    {
        await using var model = await PacedModelServer.StartAsync();
        await using var server = new ChatServer(model, new Dictionary<string, string> { ["ChatPage:ConversationsPerMinute"] = "2" });
        using var visitor = await ChatVisitorClient.OpenPageAsync(server);

        await visitor.StartConversationIdAsync();
        await visitor.StartConversationIdAsync();
        using var third = await visitor.StartConversationAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
    }
}
