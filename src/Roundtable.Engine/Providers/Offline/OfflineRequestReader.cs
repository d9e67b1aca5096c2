using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Roundtable.Engine.Pacing;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Providers.Pipeline;

namespace Roundtable.Engine.Providers.Offline;

/// <summary>
/// Reads a chat request into an <see cref="OfflineRequest"/>. Other speakers' turns arrive as
/// user messages with an author name (in wire form, "SEO_AI_Specialist") and usually a
/// "Name: " prefix; the speaker's own turns arrive as assistant messages.
/// </summary>
internal static partial class OfflineRequestReader
{
    public static OfflineRequest Read(IReadOnlyList<ChatMessage> messages, ChatOptions? options, long defaultSeed)
    {
        var brief = TurnBrief.From(options);
        var conversation = messages.Where(m => m.Role != ChatRole.System).ToList();
        var turns = new List<SpokenTurn>();
        for (var i = 0; i < conversation.Count; i++)
        {
            var message = conversation[i];
            var isLast = i == conversation.Count - 1;
            if (message.Role == ChatRole.Assistant)
            {
                turns.Add(new SpokenTurn(brief?.SpeakerName ?? "I", WithoutPrefix(message).Text, IsOwn: true));
            }
            else if (message.Role == ChatRole.User && SpeakerOf(message, brief is not null && !isLast) is { } turn)
            {
                turns.Add(turn with { IsOwn = brief is not null && SameName(turn.Speaker, brief.SpeakerName) });
            }
        }

        var lastUser = conversation.Count > 0 && conversation[^1].Role == ChatRole.User ? WithoutPrefix(conversation[^1]).Text : null;
        var seed = unchecked((ulong)(options?.Seed ?? defaultSeed));
        return new OfflineRequest
        {
            Brief = brief,
            Representative = Practice.RepresentativeTurnBrief.From(options),
            SystemPrompt = string.Join("\n\n", messages.Where(m => m.Role == ChatRole.System).Select(m => m.Text)),
            Turns = turns,
            LastUserText = string.IsNullOrWhiteSpace(lastUser) ? null : lastUser,
            History = [.. conversation.Select(m => WithoutPrefix(m).Text)],
            MaxOutputTokens = options?.MaxOutputTokens,
            Seed = SplitMix64.Mix(seed ^ SplitMix64.Mix(StableHash.Of(messages))),
        };
    }

    public static bool SameName(string a, string b) =>
        string.Equals(ProseText.Normalize(a), ProseText.Normalize(b), StringComparison.Ordinal);

    private static SpokenTurn? SpeakerOf(ChatMessage message, bool allowPrefixOnly)
    {
        var (prefix, text) = WithoutPrefix(message);
        if (!string.IsNullOrWhiteSpace(message.AuthorName))
        {
            return new SpokenTurn(prefix ?? SpeakerNames.Display(message.AuthorName), text, IsOwn: false);
        }

        return allowPrefixOnly && prefix is not null ? new SpokenTurn(prefix, text, IsOwn: false) : null;
    }

    /// <summary>The "Name: " prefix of a message (when it names the author, or any short name without an author) and the text after it.</summary>
    private static (string? Prefix, string Text) WithoutPrefix(ChatMessage message)
    {
        var text = message.Text ?? string.Empty;
        var match = NamePrefix().Match(text);
        if (!match.Success)
        {
            return (null, text.Trim());
        }

        var name = match.Groups["name"].Value.Trim();
        var namesAuthor = message.AuthorName is { Length: > 0 } author && SameName(name, SpeakerNames.Display(author));
        var looksLikeName = message.AuthorName is null && ProseText.CountWords(name) <= 5 && char.IsUpper(name[0]);
        return namesAuthor || looksLikeName ? (name, text[match.Length..].Trim()) : (null, text.Trim());
    }

    [GeneratedRegex(@"^\s*(?<name>[^:\n]{2,64}):\s+")]
    private static partial Regex NamePrefix();
}
