using Microsoft.Extensions.AI;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>A chat client that answers with whatever the test's callback says, and records what it was asked.</summary>
internal sealed class FakeChatClient(Func<IReadOnlyList<ChatMessage>, string> answer) : IChatClient
{
    public List<IReadOnlyList<ChatMessage>> Requests { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var asked = messages.ToList();
        Requests.Add(asked);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer(asked))));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
