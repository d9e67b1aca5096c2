using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Roundtable.Server.Practice.Materials;

/// <summary>Reads the paragraphs of a Word document, tables included, in document order.</summary>
public static class WordTextReader
{
    public static ExtractedMaterial Read(ReadOnlyMemory<byte> content, int maxCharacters, CancellationToken cancellationToken)
    {
        try
        {
            using var document = WordprocessingDocument.Open(ReadOnlyMemoryStream.Open(content), false, OfficeSettings.Open(maxCharacters));
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new UnsupportedMaterialException("The Word document has no body.");
            var text = new CappedText(maxCharacters);
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!text.AppendBlock(paragraph.InnerText))
                    break;
            }
            var result = text.ToString();
            return result.Length > 0
                ? ExtractedMaterial.WithText(MaterialKinds.Docx, OfficeArchiveInspector.DocxContentType, result)
                : ExtractedMaterial.WithoutText(MaterialKinds.Docx, OfficeArchiveInspector.DocxContentType, "The Word document has no text.");
        }
        catch (Exception e) when (OfficeSettings.IsDamage(e))
        {
            throw new UnsupportedMaterialException($"The Word document is damaged: {e.Message}");
        }
    }
}
