using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Roundtable.Server.Tests.Practice;

/// <summary>A real one-page PDF with the given lines, written with PdfPig.</summary>
internal static class TestPdf
{
    public static byte[] Create(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 10, new UglyToad.PdfPig.Core.PdfPoint(40, y), font);
            y -= 16;
        }

        return builder.Build();
    }
}
