namespace Roundtable.Engine.Knowledge;

/// <summary>
/// A source document in a tenant's knowledge base, as the user supplied it. It is split into
/// <see cref="KnowledgeChunk"/> records for retrieval; the document itself is never searched whole.
/// </summary>
/// <param name="Id">Identifier of the document, unique within its tenant.</param>
/// <param name="TenantId">Opaque identifier of the tenant (business or application) that owns it.</param>
/// <param name="Title">Human-readable title, repeated on every chunk and used in citations.</param>
/// <param name="Text">The full plain text.</param>
/// <param name="Source">Where the text came from (a URL or file name), if known.</param>
/// <param name="Metadata">Free-form labels such as a category; not searched.</param>
public sealed record KnowledgeDocument(
    string Id,
    string TenantId,
    string Title,
    string Text,
    string? Source = null,
    IReadOnlyDictionary<string, string>? Metadata = null);
