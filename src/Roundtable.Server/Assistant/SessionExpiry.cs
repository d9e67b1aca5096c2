namespace Roundtable.Server.Assistant;

/// <summary>When an ACTIVE conversation expires: a fixed time after its last activity.</summary>
public sealed class SessionExpiry(TimeProvider timeProvider, Microsoft.Extensions.Options.IOptions<AssistantOptions> options)
{
    public TimeSpan Timeout => TimeSpan.FromMinutes(options.Value.SessionTimeoutMinutes);

    public DateTimeOffset? ExpiresAt(AssistantConversation conversation) =>
        conversation.State == ConversationState.Ended ? null : conversation.LastActivityAt + Timeout;

    /// <summary>Ends the conversation as "expired" when its time is up; true when it changed.</summary>
    public bool EndIfExpired(AssistantConversation conversation)
    {
        var now = timeProvider.GetUtcNow();
        if (conversation.State == ConversationState.Ended || now < conversation.LastActivityAt + Timeout)
        {
            return false;
        }

        conversation.State = ConversationState.Ended;
        conversation.EndedReason = "expired";
        conversation.EndedAt = conversation.LastActivityAt + Timeout;
        return true;
    }
}
