namespace Roundtable.Server.Showcase;

/// <summary>The body of <c>GET /api/live-conversation-latest</c>.</summary>
public sealed record LatestConversationView(
    int BusinessId,
    string BusinessName,
    int? ConversationId,
    string Topic,
    string? Status,
    ShowcaseState State,
    IReadOnlyList<LatestMessageView> Messages);
