using Roundtable.Engine.Knowledge;

namespace Roundtable.Server.Knowledge;

/// <summary>
/// A document chunked and embedded but neither saved nor searchable: the caller adds <see cref="Stored"/>
/// to its context, and once the save has committed, <see cref="KnowledgeBase.Publish"/> indexes <see cref="Chunks"/>.
/// </summary>
public sealed record PreparedDocument(StoredDocument Stored, IReadOnlyList<EmbeddedChunk> Chunks);
