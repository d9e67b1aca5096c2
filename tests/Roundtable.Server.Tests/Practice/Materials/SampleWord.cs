using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Roundtable.Server.Tests.Practice.Materials;

/// <summary>Real Word documents written with the Open XML SDK.</summary>
internal static class SampleWord
{
    public static byte[] With(string[] paragraphs, string[] tableCells)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(paragraphs.Select(WordParagraph));
            body.Append(new Table(new TableRow(tableCells.Select(cell => new TableCell(WordParagraph(cell))))));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Paragraph WordParagraph(string text) => new(new Run(new Text(text)));
}
