using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using Drawing = DocumentFormat.OpenXml.Drawing;

namespace Roundtable.Server.Practice.Materials;

/// <summary>Reads a PowerPoint deck slide by slide, in presentation order, with each slide's speaker notes.</summary>
public static class SlideTextReader
{
    public static ExtractedMaterial Read(ReadOnlyMemory<byte> content, int maxCharacters, CancellationToken cancellationToken)
    {
        try
        {
            using var document = PresentationDocument.Open(ReadOnlyMemoryStream.Open(content), false, OfficeSettings.Open(maxCharacters));
            var presentation = document.PresentationPart
                ?? throw new UnsupportedMaterialException("The PowerPoint file has no presentation.");
            var text = new CappedText(maxCharacters);
            var number = 0;
            foreach (var slide in SlidesInOrder(presentation))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!text.AppendBlock(SlideText(++number, slide)))
                    break;
            }
            var result = text.ToString();
            return result.Length > 0
                ? ExtractedMaterial.WithText(MaterialKinds.Pptx, OfficeArchiveInspector.PptxContentType, result)
                : ExtractedMaterial.WithoutText(MaterialKinds.Pptx, OfficeArchiveInspector.PptxContentType, "The slides have no text.");
        }
        catch (Exception e) when (OfficeSettings.IsDamage(e))
        {
            throw new UnsupportedMaterialException($"The PowerPoint file is damaged: {e.Message}");
        }
    }

    private static IEnumerable<SlidePart> SlidesInOrder(PresentationPart presentation) =>
        presentation.Presentation?.SlideIdList?.Elements<SlideId>()
            .Select(id => id.RelationshipId?.Value)
            .OfType<string>()
            .Select(presentation.GetPartById)
            .OfType<SlidePart>()
        ?? [];

    private static string SlideText(int number, SlidePart slide)
    {
        var lines = new List<string> { $"Slide {number}:" };
        lines.AddRange(Paragraphs(slide.Slide));
        var notes = NoteParagraphs(slide.NotesSlidePart?.NotesSlide).ToList();
        if (notes.Count > 0)
            lines.Add("Notes: " + string.Join(" ", notes));
        return lines.Count > 1 ? string.Join('\n', lines) : "";
    }

    // A notes page also holds the slide picture and number placeholders; only the body is the speaker's notes.
    private static IEnumerable<string> NoteParagraphs(NotesSlide? notes) =>
        notes?.Descendants<Shape>()
            .Where(shape => shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value == PlaceholderValues.Body)
            .SelectMany(Paragraphs)
        ?? [];

    private static IEnumerable<string> Paragraphs(DocumentFormat.OpenXml.OpenXmlElement? root) =>
        root?.Descendants<Drawing.Paragraph>().Select(p => p.InnerText.Trim()).Where(t => t.Length > 0) ?? [];
}
