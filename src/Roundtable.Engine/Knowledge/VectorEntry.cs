namespace Roundtable.Engine.Knowledge;

/// <summary>A chunk and its unit-length vector, so cosine similarity is a dot product.</summary>
internal sealed record VectorEntry(KnowledgeChunk Chunk, float[] UnitVector);
