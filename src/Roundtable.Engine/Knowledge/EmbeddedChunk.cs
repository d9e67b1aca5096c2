namespace Roundtable.Engine.Knowledge;

/// <summary>A chunk with its embedding vector; a store may persist the vector to avoid re-embedding on restart.</summary>
public sealed record EmbeddedChunk(KnowledgeChunk Chunk, ReadOnlyMemory<float> Vector);
