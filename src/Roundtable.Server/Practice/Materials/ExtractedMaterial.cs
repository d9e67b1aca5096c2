namespace Roundtable.Server.Practice.Materials;

/// <summary>
/// An uploaded material and the text read from it. When no text could be read (an image without
/// OCR, a locked PDF), the file is still kept and <see cref="NotExtractedReason"/> says why.
/// </summary>
public sealed record ExtractedMaterial(string Kind, string ContentType, string? Text, bool TextExtracted, string? NotExtractedReason)
{
    public static ExtractedMaterial WithText(string kind, string contentType, string text) => new(kind, contentType, text, true, null);

    public static ExtractedMaterial WithoutText(string kind, string contentType, string reason) => new(kind, contentType, null, false, reason);
}
