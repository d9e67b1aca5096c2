using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Roundtable.Server.Tests.Practice.Materials;

/// <summary>Real PDF files written with PdfPig, the library the reader uses, or by hand where PdfPig would not write them.</summary>
internal static class SamplePdf
{
    public static byte[] WithPages(params string[] pageTexts)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var text in pageTexts)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(text, 12, new PdfPoint(50, 750), font);
        }
        return builder.Build();
    }

    /// <summary>
    /// One page showing <paramref name="text"/>, whose Flate-compressed content stream is padded with
    /// spaces to inflate to <paramref name="inflatedBytes"/>: a few kilobytes on disk, a bomb in memory.
    /// </summary>
    public static byte[] WithInflatingContent(string text, int inflatedBytes)
    {
        var content = new StringBuilder($"BT /F1 12 Tf 50 750 Td ({text}) Tj ET\n");
        content.Append(' ', Math.Max(0, inflatedBytes - content.Length));
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(Encoding.ASCII.GetBytes(content.ToString()));
        }

        return Write(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            compressed.ToArray(),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    }

    /// <summary>A PDF of the given objects (numbered from 1; byte arrays become Flate streams) with its cross-reference table.</summary>
    private static byte[] Write(params object[] objects)
    {
        var file = new MemoryStream();
        var offsets = new List<long>();
        Append(file, "%PDF-1.7\n");
        foreach (var (item, number) in objects.Select((item, index) => (item, index + 1)))
        {
            offsets.Add(file.Position);
            if (item is byte[] stream)
            {
                Append(file, $"{number} 0 obj\n<< /Length {stream.Length} /Filter /FlateDecode >>\nstream\n");
                file.Write(stream);
                Append(file, "\nendstream\nendobj\n");
            }
            else
            {
                Append(file, $"{number} 0 obj\n{item}\nendobj\n");
            }
        }

        var crossReferences = file.Position;
        Append(file, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Append(file, $"{offset:D10} 00000 n \n");
        }

        Append(file, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{crossReferences}\n%%EOF\n");
        return file.ToArray();
    }

    private static void Append(MemoryStream file, string text) => file.Write(Encoding.ASCII.GetBytes(text));
}
