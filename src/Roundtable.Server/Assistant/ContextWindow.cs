using System.Collections.Concurrent;
using Roundtable.Engine.Knowledge;

namespace Roundtable.Server.Assistant;

/// <summary>
/// Which turns fit a conversation's context window, measured in tokens: the system prompt (with
/// summary and sources) and the reply's reserve always; then the newest turns that fit; the newest
/// message always, even alone. Everything older is to be folded into the running summary.
/// A stored message never changes, so its count is remembered by its id, and system prompts (the same
/// for every turn of a conversation until its summary changes) by their text: each turn tokenizes
/// only what is new.
/// </summary>
public sealed class ContextWindow(ITokenCounter tokens)
{
    /// <summary>Per-message framing the chat formats add (role markers, separators).</summary>
    public const int MessageOverhead = 4;

    private const int MaxRemembered = 100_000;

    private const int MaxSystemPrompts = 256;

    private readonly ConcurrentDictionary<long, int> storedCounts = new();

    private readonly ConcurrentDictionary<string, int> systemPromptCounts = new(StringComparer.Ordinal);

    public int Count(string text) => tokens.CountTokens(text);

    public int CountMessage(AssistantMessage message)
    {
        if (message.Id == 0)
        {
            return tokens.CountTokens(message.Content) + MessageOverhead;
        }

        if (!storedCounts.TryGetValue(message.Id, out var count))
        {
            if (storedCounts.Count >= MaxRemembered)
            {
                storedCounts.Clear();
            }

            storedCounts[message.Id] = count = tokens.CountTokens(message.Content) + MessageOverhead;
        }

        return count;
    }

    public ContextPlan Plan(int windowTokens, int replyReserve, string systemPrompt, IReadOnlyList<AssistantMessage> history)
    {
        var systemTokens = CountSystemPrompt(systemPrompt) + MessageOverhead;
        var budget = windowTokens - replyReserve - systemTokens;
        var kept = new List<AssistantMessage>();
        var used = 0;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var cost = CountMessage(history[i]);
            if (kept.Count > 0 && used + cost > budget)
            {
                break;
            }

            kept.Insert(0, history[i]);
            used += cost;
        }

        var folded = history.Take(history.Count - kept.Count).ToList();
        return new ContextPlan(kept, folded, systemTokens, used, Math.Max(0, budget));
    }

    private int CountSystemPrompt(string text)
    {
        if (!systemPromptCounts.TryGetValue(text, out var count))
        {
            if (systemPromptCounts.Count >= MaxSystemPrompts)
            {
                systemPromptCounts.Clear();
            }

            systemPromptCounts[text] = count = tokens.CountTokens(text);
        }

        return count;
    }
}
