namespace Roundtable.Server.Assistant;

/// <summary>
/// The allowed moves between states: ACTIVE ⇄ PAUSED, either to ENDED; ENDED is final. Resuming counts
/// as activity, so a resumed conversation has its full timeout again.
/// </summary>
public static class ConversationStateChange
{
    public static bool IsKnown(string? state) => state is ConversationState.Active or ConversationState.Paused or ConversationState.Ended;

    /// <summary>Applies the move; false (nothing changed) when the conversation has ended.</summary>
    public static bool TryApply(AssistantConversation conversation, string state, DateTimeOffset now)
    {
        if (conversation.State == ConversationState.Ended)
        {
            return state == ConversationState.Ended;
        }

        if (state == ConversationState.Ended)
        {
            conversation.EndedReason = "ended";
            conversation.EndedAt = now;
        }
        else if (state == ConversationState.Active && conversation.State == ConversationState.Paused)
        {
            conversation.LastActivityAt = now;
        }

        conversation.State = state;
        return true;
    }
}
