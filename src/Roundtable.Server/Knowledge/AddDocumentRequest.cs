using System.Text.Json;

namespace Roundtable.Server.Knowledge;

/// <summary>Body of POST /v1/knowledge/documents.</summary>
public sealed record AddDocumentRequest(string? Title = null, string? Content = null, string? Category = null, JsonElement? Metadata = null);
