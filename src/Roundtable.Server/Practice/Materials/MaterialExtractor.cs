using Microsoft.Extensions.Options;

namespace Roundtable.Server.Practice.Materials;

/// <summary>
/// Turns an uploaded material into text for prompts. The kind is read from the content; a file
/// whose content is not an accepted kind, or is damaged or a bomb, throws <see cref="UnsupportedMaterialException"/>.
/// </summary>
public sealed class MaterialExtractor(ContentSniffer sniffer, ImageTextRecognizer images, PdfTextReader pdfs, IOptions<MaterialLimits> options)
{
    public MaterialLimits Limits => options.Value;

    public async Task<ExtractedMaterial> ExtractAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (content.Length > limits.MaxFileBytes)
            throw new MaterialTooLargeException(content.Length, limits.MaxFileBytes);
        var detected = sniffer.Detect(fileName, content);
        var max = limits.MaxExtractedCharacters;
        return detected.Kind switch
        {
            MaterialKinds.Image => await images.ReadAsync(detected, content, cancellationToken),
            // The parsers are synchronous and CPU-bound: keep them off the request thread.
            MaterialKinds.Pdf => await Task.Run(() => pdfs.Read(content, cancellationToken), cancellationToken),
            MaterialKinds.Docx => await Task.Run(() => WordTextReader.Read(content, max, cancellationToken), cancellationToken),
            MaterialKinds.Pptx => await Task.Run(() => SlideTextReader.Read(content, max, cancellationToken), cancellationToken),
            MaterialKinds.Markdown => TextMaterial(detected, MarkdownText.ToPlainText(PlainText.TryDecode(content.Span)!), max),
            _ => TextMaterial(detected, PlainText.TryDecode(content.Span)!.Trim(), max),
        };
    }

    private static ExtractedMaterial TextMaterial(DetectedContent detected, string text, int max) => text.Length > 0
        ? ExtractedMaterial.WithText(detected.Kind, detected.ContentType, CappedText.Cap(text, max))
        : ExtractedMaterial.WithoutText(detected.Kind, detected.ContentType, "The file has no text.");
}
