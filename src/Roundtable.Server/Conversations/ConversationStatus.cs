namespace Roundtable.Server.Conversations;

/// <summary>Values of <see cref="Conversation.Status"/> (lower case, as seed 000 stores them).</summary>
public static class ConversationStatus
{
    public const string Active = "active";
    public const string Completed = "completed";
}
