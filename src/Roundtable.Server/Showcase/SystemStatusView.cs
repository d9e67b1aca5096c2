namespace Roundtable.Server.Showcase;

/// <summary>The body of <c>GET /api/system-status</c> (seed 000's fields; <c>api_status</c> is real health).</summary>
public sealed record SystemStatusView(
    bool SystemRunning,
    bool ConversationActive,
    string ConversationStatus,
    int ActiveConversationsCount,
    DateTimeOffset? NextConversationTime,
    bool OfflineOnly,
    IReadOnlyDictionary<string, ProviderStatusView> ApiStatus);
