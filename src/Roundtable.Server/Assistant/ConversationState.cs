namespace Roundtable.Server.Assistant;

/// <summary>The states of an Assistant session.</summary>
public static class ConversationState
{
    public const string Active = "ACTIVE";
    public const string Paused = "PAUSED";
    public const string Ended = "ENDED";
}
