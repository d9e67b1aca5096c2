using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Presentation;
using Drawing = DocumentFormat.OpenXml.Drawing;

namespace Roundtable.Server.Tests.Practice.Materials;

/// <summary>Real PowerPoint decks (slides with speaker notes) written with the Open XML SDK.</summary>
internal static class SampleSlides
{
    public static byte[] With(params (string Title, string Notes)[] slides)
    {
        using var stream = new MemoryStream();
        using (var document = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            var presentationPart = document.AddPresentationPart();
            var slideIds = new SlideIdList();
            presentationPart.Presentation = new Presentation(slideIds, new SlideSize { Cx = 9144000, Cy = 6858000 }, new NotesSize { Cx = 6858000, Cy = 9144000 });
            uint id = 256;
            foreach (var (title, notes) in slides)
            {
                var slidePart = presentationPart.AddNewPart<SlidePart>();
                slidePart.Slide = new Slide(new CommonSlideData(ShapeTree(TextShape(2, title, PlaceholderValues.Title))));
                var notesPart = slidePart.AddNewPart<NotesSlidePart>();
                notesPart.NotesSlide = new NotesSlide(new CommonSlideData(ShapeTree(
                    TextShape(2, "7", PlaceholderValues.SlideNumber),
                    TextShape(3, notes, PlaceholderValues.Body))));
                slideIds.Append(new SlideId { Id = id++, RelationshipId = presentationPart.GetIdOfPart(slidePart) });
            }
        }
        return stream.ToArray();
    }

    private static ShapeTree ShapeTree(params Shape[] shapes)
    {
        var tree = new ShapeTree(
            new NonVisualGroupShapeProperties(
                new NonVisualDrawingProperties { Id = 1, Name = "" },
                new NonVisualGroupShapeDrawingProperties(),
                new ApplicationNonVisualDrawingProperties()),
            new GroupShapeProperties(new Drawing.TransformGroup()));
        tree.Append(shapes);
        return tree;
    }

    private static Shape TextShape(uint id, string text, PlaceholderValues placeholder) => new(
        new NonVisualShapeProperties(
            new NonVisualDrawingProperties { Id = id, Name = $"Shape {id}" },
            new NonVisualShapeDrawingProperties(),
            new ApplicationNonVisualDrawingProperties(new PlaceholderShape { Type = placeholder })),
        new ShapeProperties(),
        new TextBody(new Drawing.BodyProperties(), new Drawing.ListStyle(), new Drawing.Paragraph(new Drawing.Run(new Drawing.Text(text)))));
}
