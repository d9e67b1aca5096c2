namespace Roundtable.Server.Practice.Salespeople;

/// <summary>
/// An uploaded file: its type as detected from the content, where the original bytes are kept, and
/// whether text could be extracted (the text itself lives in the knowledge store as a document).
/// </summary>
public sealed class SalespersonMaterial
{
    public Guid Id { get; set; }

    public Guid SalespersonId { get; set; }

    public required string FileName { get; set; }

    /// <summary>pdf, docx, pptx, text, markdown or image.</summary>
    public required string Kind { get; set; }

    public required string ContentType { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>Key of the original file in the blob store.</summary>
    public required string BlobKey { get; set; }

    public bool TextExtracted { get; set; }

    public int ExtractedCharacters { get; set; }

    public string? NotExtractedReason { get; set; }

    /// <summary>The knowledge document holding the extracted text; null when nothing was extracted.</summary>
    public Guid? KnowledgeDocumentId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
