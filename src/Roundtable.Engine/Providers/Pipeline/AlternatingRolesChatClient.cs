using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Roundtable.Engine.Providers.Pipeline;

/// <summary>
/// Anthropic and Perplexity reject histories where two user (or two assistant) turns follow each
/// other, and neither knows speaker names. Several agents' turns arrive as consecutive named user
/// turns, so this merges each run of same-role turns into one, keeps who said what in the text,
/// and makes the conversation start and end with a user turn.
/// </summary>
public sealed class AlternatingRolesChatClient(IChatClient innerClient) : DelegatingChatClient(innerClient)
{
    public override Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(Reshape(messages), options, cancellationToken);

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var update in base.GetStreamingResponseAsync(Reshape(messages), options, cancellationToken).ConfigureAwait(false))
        {
            yield return update;
        }
    }

    /// <summary>The reshaped history: system turns first, then strictly alternating, user first and last.</summary>
    public static IReadOnlyList<ChatMessage> Reshape(IEnumerable<ChatMessage> messages)
    {
        var list = messages.ToList();
        var reshaped = list.Where(m => m.Role == ChatRole.System).Select(m => m.Clone()).ToList();
        var turns = new List<ChatMessage>();
        foreach (var message in list.Where(m => m.Role != ChatRole.System))
        {
            var role = message.Role == ChatRole.Assistant ? ChatRole.Assistant : ChatRole.User;
            var text = WithSpeaker(message);
            if (turns.Count > 0 && turns[^1].Role == role)
            {
                turns[^1] = new ChatMessage(role, turns[^1].Text + "\n\n" + text);
            }
            else
            {
                turns.Add(new ChatMessage(role, text));
            }
        }

        if (turns.Count == 0 || turns[0].Role != ChatRole.User)
        {
            turns.Insert(0, new ChatMessage(ChatRole.User, "(The conversation begins.)"));
        }

        if (turns[^1].Role != ChatRole.User)
        {
            turns.Add(new ChatMessage(ChatRole.User, "(Please continue.)"));
        }

        reshaped.AddRange(turns);
        return reshaped;
    }

    private static string WithSpeaker(ChatMessage message)
    {
        var text = message.Text;
        if (string.IsNullOrWhiteSpace(message.AuthorName) || message.Role == ChatRole.Assistant)
        {
            return text;
        }

        var label = SpeakerNames.Display(message.AuthorName);
        return text.StartsWith(label + ":", StringComparison.Ordinal) ? text : $"{label}: {text}";
    }
}
