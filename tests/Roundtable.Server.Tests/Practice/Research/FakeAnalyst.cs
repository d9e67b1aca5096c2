using Microsoft.Extensions.AI;
using Roundtable.Engine.Providers;

namespace Roundtable.Server.Tests.Practice.Research;

/// <summary>An analyst model that answers with the test's JSON and says it is an online provider, as the provider chain would.</summary>
internal sealed class FakeAnalyst(string json) : IChatClient
{
    public List<IReadOnlyList<ChatMessage>> Requests { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Requests.Add([.. messages]);
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, json))
        {
            AdditionalProperties = new() { [MessageProducer.PropertyKey] = new MessageProducer { Provider = "TestProvider", Model = "test-model" } },
        };
        return Task.FromResult(response);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
