namespace Roundtable.Engine.Knowledge;

/// <summary>Identity of a chunk within one tenant's index.</summary>
internal readonly record struct KnowledgeChunkKey(string DocumentId, int Index)
{
    public static KnowledgeChunkKey Of(KnowledgeChunk chunk) => new(chunk.DocumentId, chunk.Index);
}
