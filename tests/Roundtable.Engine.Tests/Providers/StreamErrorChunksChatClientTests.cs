using System.ClientModel.Primitives;
using System.Net;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using Roundtable.Engine.Providers;
using Roundtable.Engine.Providers.Pipeline;
using Roundtable.Engine.Tests.Support;
using ChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Roundtable.Engine.Tests.Providers;

public sealed class StreamErrorChunksChatClientTests
{
    [Theory]
    [InlineData("""{"error":{"message":"slow down","code":429}}""", ProviderFaultKind.RateLimited, HttpStatusCode.TooManyRequests)]
    [InlineData("""{"error":{"message":"bad prompt","code":400}}""", ProviderFaultKind.Rejected, HttpStatusCode.BadRequest)]
    [InlineData("""{"error":{"message":"boom","type":"server_error","code":null}}""", ProviderFaultKind.Transient, null)]
    public async Task GetStreamingResponseAsync_ErrorChunk_ThrowsClassifiedAfterEarlierUpdates(
        string errorChunk, ProviderFaultKind expectedKind, HttpStatusCode? expectedStatus)
    {
        using var client = new StreamErrorChunksChatClient(new FakeChatClient { OnGetStreamingResponse = (_, _, _) => Updates(errorChunk) }, "Router");
        var received = new List<string>();

        var exception = await Assert.ThrowsAsync<ProviderCallException>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")]))
            {
                received.Add(update.Text);
            }
        });

        Assert.Equal(["Hello"], received);
        Assert.Equal(expectedKind, exception.Kind);
        Assert.Equal(expectedStatus, exception.StatusCode);
        Assert.Equal("Router", exception.Provider);
    }

    [Fact]
    public async Task GetStreamingResponseAsync_NoErrorChunk_PassesUpdatesThrough()
    {
        using var client = new StreamErrorChunksChatClient(new FakeChatClient { OnGetStreamingResponse = (_, _, _) => Updates(null) }, "Router");

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")]))
        {
            updates.Add(update);
        }

        Assert.Equal("Hello", updates.ToChatResponse().Text);
    }

    private static async IAsyncEnumerable<ChatResponseUpdate> Updates(string? errorChunk)
    {
        await Task.Yield();
        yield return Update("""{"id":"c1","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"Hello"}}]}""", "Hello");
        if (errorChunk is not null)
        {
            yield return Update(errorChunk, string.Empty);
        }
    }

    private static ChatResponseUpdate Update(string json, string text) =>
        new(ChatRole.Assistant, text) { RawRepresentation = ModelReaderWriter.Read<StreamingChatCompletionUpdate>(BinaryData.FromString(json)) };
}
