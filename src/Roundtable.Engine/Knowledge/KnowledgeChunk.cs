namespace Roundtable.Engine.Knowledge;

/// <summary>
/// A retrievable piece of a <see cref="KnowledgeDocument"/>. Chunks are plain records so that a
/// store can persist them and rebuild the indexes from them without re-chunking.
/// </summary>
/// <param name="DocumentId">The document the chunk was cut from.</param>
/// <param name="TenantId">The owning tenant; always the document's tenant.</param>
/// <param name="Index">Zero-based position of the chunk within its document.</param>
/// <param name="Title">The document's title, kept on every chunk so each one stands on its own.</param>
/// <param name="Text">The chunk's text: exactly <c>document.Text[StartOffset..EndOffset]</c>.</param>
/// <param name="StartOffset">Offset of the first character in the document text.</param>
/// <param name="EndOffset">Offset just past the last character in the document text.</param>
/// <param name="TokenCount">Tokens in <paramref name="Text"/> by the chunker's token counter.</param>
public sealed record KnowledgeChunk(
    string DocumentId,
    string TenantId,
    int Index,
    string Title,
    string Text,
    int StartOffset,
    int EndOffset,
    int TokenCount);
