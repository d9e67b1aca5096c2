using Roundtable.Engine.Knowledge;

namespace Roundtable.Server.Assistant;

/// <summary>
/// Which turns fit a conversation's context window, measured in tokens: the system prompt (with
/// summary and sources) and the reply's reserve always; then the newest turns that fit; the newest
/// message always, even alone. Everything older is to be folded into the running summary.
/// </summary>
public sealed class ContextWindow(ITokenCounter tokens)
{
    /// <summary>Per-message framing the chat formats add (role markers, separators).</summary>
    public const int MessageOverhead = 4;

    public int Count(string text) => tokens.CountTokens(text);

    public int CountMessage(AssistantMessage message) => tokens.CountTokens(message.Content) + MessageOverhead;

    public ContextPlan Plan(int windowTokens, int replyReserve, string systemPrompt, IReadOnlyList<AssistantMessage> history)
    {
        var systemTokens = tokens.CountTokens(systemPrompt) + MessageOverhead;
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
}
