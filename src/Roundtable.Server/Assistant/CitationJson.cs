using System.Text.Json;

namespace Roundtable.Server.Assistant;

/// <summary>How citations are stored: snake_case, as the API shows them.</summary>
public static class CitationJson
{
    public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Serialize(IReadOnlyList<CitationView> citations) => JsonSerializer.Serialize(citations, Options);
}
