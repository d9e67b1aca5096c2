using System.Text.Json;

namespace Roundtable.Server.Assistant;

/// <summary>Body of POST /v1/conversations/{id}/messages.</summary>
public sealed record SendMessageRequest(string? Content = null, JsonElement? Metadata = null);
