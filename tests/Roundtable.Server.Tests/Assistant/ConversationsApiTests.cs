using System.Net;
using System.Net.Http.Json;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>The vertical slice: an application creates a conversation, talks, reads it back, ends it.</summary>
public sealed class ConversationsApiTests
{
    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_ActiveConversation_StoresBothMessagesAndReturnsAnswerWithUsage(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        using var http = await server.CreateApplicationClientAsync("app");

        var conversation = await http.CreateConversationAsync(new { user_id = "alice", config = new { temperature = 0.3, max_tokens = 300 }, metadata = new { channel = "web" } });
        var id = conversation.GetProperty("id").GetString()!;
        Assert.Equal("ACTIVE", conversation.GetProperty("state").GetString());
        Assert.Equal("assistant-default", conversation.GetProperty("config").GetProperty("prompt").GetString());
        Assert.Equal("web", conversation.GetProperty("metadata").GetProperty("channel").GetString());

        var answer = await http.SendAsync(id, "How do I reset my password?");
        Assert.Equal("assistant", answer.GetProperty("role").GetString());
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("content").GetString()));
        Assert.Equal(2, answer.GetProperty("number").GetInt32());
        Assert.True(answer.GetProperty("usage").GetProperty("offline").GetBoolean());

        var messages = await http.GetJsonAsync($"/v1/conversations/{id}/messages");
        Assert.Equal(["user", "assistant"], messages.EnumerateArray().Select(m => m.GetProperty("role").GetString()));
        var latest = await http.GetJsonAsync($"/v1/conversations/{id}/messages?limit=1");
        Assert.Equal("assistant", Assert.Single(latest.EnumerateArray()).GetProperty("role").GetString());
        var listed = await http.GetJsonAsync("/v1/users/alice/conversations");
        Assert.Equal(id, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(2, (await http.GetJsonAsync($"/v1/conversations/{id}")).GetProperty("message_count").GetInt32());
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task SendMessage_EndedConversation_Conflict(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        using var http = await server.CreateApplicationClientAsync("app");
        var id = (await http.CreateConversationAsync()).GetProperty("id").GetString()!;

        using var ended = await http.DeleteAsync($"/v1/conversations/{id}");
        var view = await AssistantHttp.ReadAsync(ended, HttpStatusCode.OK);
        Assert.Equal("ENDED", view.GetProperty("state").GetString());
        using var refused = await http.PostAsJsonAsync($"/v1/conversations/{id}/messages", new { content = "Hello?" });

        await AssistantHttp.AssertProblemAsync(refused, HttpStatusCode.Conflict, "message to an ended conversation");
    }

    [SkippableTheory]
    [ClassData(typeof(AllDatabases))]
    public async Task Requests_WithoutValidKey_Unauthorized(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var server = new AssistantServer(database);
        var key = await server.CreateApplicationAsync("app");
        using var http = server.CreateClient();

        foreach (var header in new[] { null, "Bearer nonsense", "Bearer rt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Bearer " + key[..^1] + (key[^1] == 'A' ? 'B' : 'A'), "Basic " + key })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/prompts");
            if (header is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", header);
            }

            using var response = await http.SendAsync(request);
            await AssistantHttp.AssertProblemAsync(response, HttpStatusCode.Unauthorized, header ?? "no header");
        }
    }
}
