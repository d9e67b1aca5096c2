using System.Text;
using Microsoft.Extensions.AI;
using Roundtable.Engine.Providers;

namespace Roundtable.Server.Assistant;

/// <summary>
/// Folds turns that left the context window into the running summary, written by the conversation's
/// model. The offline model cannot summarise, so when it is the one answering (or a model answers
/// nothing) the summary is extractive: the user's words kept, the answers shortened.
/// </summary>
public static class ConversationSummarizer
{
    /// <summary>An extractive summary keeps at most this many characters, newest last.</summary>
    public const int MaxExtractiveLength = 1_500;

    private const string Instructions =
        """
        You keep the running summary of a conversation between a user and an assistant. Rewrite the summary so that it also covers the new turns.
        Keep names, numbers, facts the user gave, decisions, and questions still open. Write plain prose of at most 150 words, with no preamble.
        """;

    public static async Task<string> FoldAsync(
        IChatClient client, string? previousSummary, IReadOnlyList<AssistantMessage> turns, CancellationToken cancellationToken)
    {
        var request = new StringBuilder();
        request.Append("Summary so far: ").AppendLine(string.IsNullOrWhiteSpace(previousSummary) ? "(none yet)" : previousSummary);
        request.AppendLine().AppendLine("New turns:");
        foreach (var turn in turns)
        {
            request.Append(turn.Role).Append(": ").AppendLine(turn.Content);
        }

        var response = await client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, request.ToString())],
            new ChatOptions { Temperature = 0.2f, MaxOutputTokens = 400 },
            cancellationToken);
        var summary = response.Text.Trim();
        return summary.Length == 0 || MessageProducer.From(response)?.IsOffline == true ? Extract(previousSummary, turns) : summary;
    }

    public static string Extract(string? previousSummary, IReadOnlyList<AssistantMessage> turns)
    {
        var lines = (previousSummary ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        lines.AddRange(turns.Select(turn => turn.Role == "user"
            ? $"The user said: {Shorten(turn.Content, 300)}"
            : $"The assistant answered: {Shorten(FirstSentence(turn.Content), 200)}"));
        while (lines.Count > 1 && lines.Sum(l => l.Length + 1) > MaxExtractiveLength)
        {
            lines.RemoveAt(0);
        }

        return string.Join('\n', lines);
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(['.', '?', '!']);
        return end < 0 ? text : text[..(end + 1)];
    }

    private static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length <= max ? flat : flat[..max].TrimEnd() + "…";
    }
}
