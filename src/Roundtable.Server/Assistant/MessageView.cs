using System.Text.Json;

namespace Roundtable.Server.Assistant;

/// <summary>A stored message as the API shows it; usage and citations for assistant messages.</summary>
public sealed record MessageView(
    long Id, int Number, string Role, string Content, JsonElement Metadata, UsageView? Usage, IReadOnlyList<CitationView> Citations,
    DateTimeOffset CreatedAt)
{
    public static MessageView From(AssistantMessage m) => new(
        m.Id, m.Number, m.Role, m.Content, JsonText.Parse(m.MetadataJson),
        m.Provider is null ? null : new UsageView(m.Provider, m.Model ?? "", m.IsOffline, m.InputTokens, m.OutputTokens, m.LatencyMs, m.CostUsd),
        m.CitationsJson is null ? [] : JsonSerializer.Deserialize<List<CitationView>>(m.CitationsJson, CitationJson.Options) ?? [],
        m.CreatedAt);
}
