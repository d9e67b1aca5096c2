namespace Roundtable.Server.Knowledge;

/// <summary>A chunk cut by the engine's chunker, kept so the in-memory index is rebuilt without re-chunking.</summary>
public sealed class StoredChunk
{
    public long Id { get; set; }

    public Guid DocumentId { get; set; }

    public int Index { get; set; }

    public required string Text { get; set; }

    public int StartOffset { get; set; }

    public int EndOffset { get; set; }

    public int TokenCount { get; set; }
}
