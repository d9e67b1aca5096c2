namespace Roundtable.Server.Knowledge;

/// <summary>A knowledge document of an application, as supplied; its chunks are what search sees.</summary>
public sealed class StoredDocument
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    /// <summary>
    /// Null for the application's own knowledge (what /v1 searches); otherwise a narrower collection,
    /// e.g. "salesperson:{id}" for a Practice salesperson's materials, searched only there.
    /// </summary>
    public string? Scope { get; set; }

    public required string Title { get; set; }

    public string? Category { get; set; }

    public required string Content { get; set; }

    public required string MetadataJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<StoredChunk> Chunks { get; set; } = [];
}
