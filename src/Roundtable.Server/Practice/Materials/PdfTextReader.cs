using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Roundtable.Server.Practice.Materials;

/// <summary>Reads the text of a PDF page by page, in reading order.</summary>
public static class PdfTextReader
{
    public static ExtractedMaterial Read(ReadOnlyMemory<byte> content, int maxCharacters, CancellationToken cancellationToken)
    {
        try
        {
            using var document = PdfDocument.Open(ReadOnlyMemoryStream.Open(content));
            var text = new CappedText(maxCharacters);
            foreach (var page in document.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!text.AppendBlock(ContentOrderTextExtractor.GetText(page)))
                    break;
            }
            return Result(text.ToString());
        }
        catch (PdfDocumentEncryptedException)
        {
            return ExtractedMaterial.WithoutText(MaterialKinds.Pdf, "application/pdf", "The PDF is encrypted; its text cannot be read.");
        }
        // PdfPig reports a malformed file with many exception types (format, key, end of stream, cast…), not only its own.
        catch (Exception e) when (e is not OperationCanceledException and not PdfDocumentEncryptedException)
        {
            throw new UnsupportedMaterialException($"The PDF is damaged: {e.Message}");
        }
    }

    private static ExtractedMaterial Result(string text) => text.Length > 0
        ? ExtractedMaterial.WithText(MaterialKinds.Pdf, "application/pdf", text)
        : ExtractedMaterial.WithoutText(MaterialKinds.Pdf, "application/pdf", "The PDF has no text layer (a scanned document?).");
}
