using Roundtable.Engine.Tests.Support;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>What a conversation holds after a turn, read back through the API.</summary>
internal static class StoredTurns
{
    public static async Task AssertNoneAsync(HttpClient http, string conversationId)
    {
        Assert.Equal(0, (await http.GetJsonAsync($"/v1/conversations/{conversationId}/messages")).GetArrayLength());
        Assert.Equal(0, (await http.GetJsonAsync($"/v1/conversations/{conversationId}")).GetProperty("message_count").GetInt32());
    }

    public static async Task AssertOneAsync(HttpClient http, string conversationId, string question, string answer)
    {
        var stored = await http.GetJsonAsync($"/v1/conversations/{conversationId}/messages");
        Assert.Equal([$"1 user: {question}", $"2 assistant: {answer}"],
            stored.EnumerateArray().Select(m => $"{m.GetProperty("number").GetInt32()} {m.GetProperty("role").GetString()}: {m.GetProperty("content").GetString()}"));
        Assert.Equal(2, (await http.GetJsonAsync($"/v1/conversations/{conversationId}")).GetProperty("message_count").GetInt32());
    }

    /// <summary>After a failed turn: the same message sent again streams the loopback model's whole reply and is stored as turn one.</summary>
    public static async Task AssertResendStreamsWholeAsync(HttpClient http, string conversationId, string question)
    {
        var whole = await AssistantEventStream.ReadAllAsync(http, conversationId, question);
        Assert.Equal("message", whole[^1].Event);
        Assert.Equal(LoopbackProviderServer.DefaultReplyText, AssistantEventStream.TokensOf(whole));
        await AssertOneAsync(http, conversationId, question, LoopbackProviderServer.DefaultReplyText);
    }
}
