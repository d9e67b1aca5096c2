namespace Roundtable.Engine.Knowledge;

/// <summary>A chunk with one retriever's score: BM25 score for keyword search, cosine similarity for vector search.</summary>
public sealed record ScoredChunk(KnowledgeChunk Chunk, double Score);
