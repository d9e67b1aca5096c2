using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// The built-in model that needs no network and no key: Roundtable's default and the last resort
/// of every provider chain. It writes in the speaker's persona, grounded in the business profile,
/// the topic and the knowledge snippets of the <see cref="Prompts.TurnBrief"/>, reacts to the
/// previous speaker by name, never repeats a sentence already said in the conversation, and keeps
/// to the requested length. A Practice representative's request (<see cref="Practice.RepresentativeTurnBrief"/>)
/// gets an in-character reply whose personality shows (see <see cref="RepresentativeComposer"/>). The same seed and messages always give the same text. Every response
/// and update carries <see cref="OfflinePropertyKey"/> = true so the UI and API can label it.
/// </summary>
/// <param name="defaultSeed">Seed used when a request sets no <see cref="ChatOptions.Seed"/>; it is combined with a stable hash of the messages.</param>
public sealed class OfflineChatClient(long defaultSeed = 0) : IChatClient
{
    public const string ModelId = "roundtable-offline-1";

    public const string OfflinePropertyKey = "roundtable.offline";

    private const string ProviderName = "roundtable-offline";

    private static readonly ChatClientMetadata Metadata = new(ProviderName, null, ModelId);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var reply = Write(messages, options);
        var message = new ChatMessage(ChatRole.Assistant, reply.Text) { MessageId = reply.Id };
        return Task.FromResult(new ChatResponse(message)
        {
            ResponseId = reply.Id,
            ModelId = ModelId,
            CreatedAt = DateTimeOffset.UtcNow,
            FinishReason = reply.FinishReason,
            Usage = reply.Usage,
            AdditionalProperties = OfflineProperties(),
        });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Let the caller continue before the text is composed, as a network client would.
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        var reply = Write(messages, options);
        var createdAt = DateTimeOffset.UtcNow;
        foreach (var chunk in StreamingChunks.Split(reply.Text, reply.Seed))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ChatResponseUpdate(ChatRole.Assistant, chunk)
            {
                ResponseId = reply.Id,
                MessageId = reply.Id,
                ModelId = ModelId,
                CreatedAt = createdAt,
                AdditionalProperties = OfflineProperties(),
            };
        }

        yield return new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(reply.Usage)])
        {
            ResponseId = reply.Id,
            MessageId = reply.Id,
            ModelId = ModelId,
            CreatedAt = createdAt,
            FinishReason = reply.FinishReason,
            AdditionalProperties = OfflineProperties(),
        };
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        return serviceType == typeof(ChatClientMetadata) ? Metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
    }

    private OfflineReply Write(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var request = OfflineRequestReader.Read(list, options, defaultSeed);
        var (text, truncated) = request.Representative is { } representative ? (new RepresentativeComposer(request, representative).Write(), false)
            : request.Brief is { } brief ? new TurnComposer(request, brief).Write()
            : new DirectAnswerComposer(request).Write();
        var usage = new UsageDetails
        {
            InputTokenCount = TokensFor(list.Sum(m => ProseText.CountWords(m.Text))),
            OutputTokenCount = TokensFor(ProseText.CountWords(text)),
        };
        usage.TotalTokenCount = usage.InputTokenCount + usage.OutputTokenCount;
        var id = "offline-" + request.Seed.ToString("x16", CultureInfo.InvariantCulture);
        return new OfflineReply(text, id, request.Seed, usage, truncated ? ChatFinishReason.Length : ChatFinishReason.Stop);
    }

    /// <summary>About four tokens for every three words, the usual ratio for English prose.</summary>
    private static long TokensFor(int words) => (words * 4L + 2) / 3;

    private static AdditionalPropertiesDictionary OfflineProperties() => new() { [OfflinePropertyKey] = true };

    private sealed record OfflineReply(string Text, string Id, ulong Seed, UsageDetails Usage, ChatFinishReason FinishReason);
}
