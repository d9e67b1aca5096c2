using System.ComponentModel.DataAnnotations;

namespace Roundtable.Server.Chat;

/// <summary>Settings of the public chat page (section <c>ChatPage</c>): how much one visitor may ask of the model.</summary>
public sealed record ChatPageOptions
{
    public const string Section = "ChatPage";

    /// <summary>Messages one IP address may send per minute (fixed window).</summary>
    [Range(1, 10_000)]
    public int MessagesPerMinute { get; init; } = 30;

    /// <summary>Conversations one IP address may start per minute (fixed window).</summary>
    [Range(1, 10_000)]
    public int ConversationsPerMinute { get; init; } = 10;

    /// <summary>Longest answer, in tokens, the page asks the model for.</summary>
    [Range(64, 4_096)]
    public int MaxTokens { get; init; } = 800;
}
