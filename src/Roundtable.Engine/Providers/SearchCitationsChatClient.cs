using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Providers;

/// <summary>
/// Keeps the sources that search-grounded OpenAI-compatible providers (Perplexity) return beside the
/// OpenAI shape — top-level <c>citations</c> and <c>search_results</c> — as <see cref="CitationAnnotation"/>s
/// on the response's text, where the OpenAI adapter would otherwise drop them.
/// </summary>
public sealed class SearchCitationsChatClient(IChatClient innerClient) : DelegatingChatClient(innerClient)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        var citations = SearchCitationReader.Read(response.RawRepresentation);
        if (citations.Count > 0)
        {
            var message = response.Messages.LastOrDefault(m => m.Role == ChatRole.Assistant);
            if (message is null)
            {
                message = new ChatMessage(ChatRole.Assistant, []);
                response.Messages.Add(message);
            }

            Annotate(message.Contents, citations);
        }

        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Perplexity repeats the whole list in every chunk; each source is attached once, where it first appears.
        var attached = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
        {
            var fresh = SearchCitationReader.Read(update.RawRepresentation)
                .Where(citation => attached.Add(SearchCitationReader.KeyOf(citation)))
                .ToList();
            if (fresh.Count > 0)
            {
                Annotate(update.Contents, fresh);
            }

            yield return update;
        }
    }

    private static void Annotate(IList<AIContent> contents, IReadOnlyList<CitationAnnotation> citations)
    {
        var text = contents.OfType<TextContent>().FirstOrDefault();
        if (text is null)
        {
            text = new TextContent(string.Empty);
            contents.Add(text);
        }

        text.Annotations ??= [];
        foreach (var citation in citations)
        {
            text.Annotations.Add(citation);
        }
    }
}
