using System.Text.Json;

namespace Roundtable.Server.Assistant;

/// <summary>Body of POST /v1/conversations.</summary>
public sealed record CreateConversationRequest(string? UserId = null, ConversationConfigRequest? Config = null, JsonElement? Metadata = null);
