namespace Roundtable.Server.Practice.Salespeople;

/// <summary>An uploaded material (seed 003's <c>materials</c> entries) and whether its text was read.</summary>
public sealed record MaterialView(
    Guid Id,
    string FileName,
    string FileType,
    string ContentType,
    long SizeBytes,
    string FileUrl,
    bool TextExtracted,
    int ExtractedCharacters,
    string? NotExtractedReason,
    DateTimeOffset CreatedAt)
{
    public static MaterialView Of(SalespersonMaterial m) => new(
        m.Id, m.FileName, m.Kind, m.ContentType, m.SizeBytes, $"/api/salesperson/{m.SalespersonId}/materials/{m.Id}",
        m.TextExtracted, m.ExtractedCharacters, m.NotExtractedReason, m.CreatedAt);
}
