using System.Text.Json;
using Roundtable.Server.Assistant;

namespace Roundtable.Server.Knowledge;

/// <summary>A stored document, without its full text.</summary>
public sealed record DocumentView(Guid Id, string Title, string? Category, int Length, int Chunks, JsonElement Metadata, DateTimeOffset CreatedAt)
{
    public static DocumentView From(StoredDocument d) =>
        new(d.Id, d.Title, d.Category, d.Content.Length, d.Chunks.Count, JsonText.Parse(d.MetadataJson), d.CreatedAt);
}
