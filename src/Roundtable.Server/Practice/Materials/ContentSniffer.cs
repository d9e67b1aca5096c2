using System.Text;

namespace Roundtable.Server.Practice.Materials;

/// <summary>
/// Tells what a file is from its first bytes, never from its name, so a program or archive renamed
/// to .pdf is refused instead of being handed to a parser that trusts the name.
/// </summary>
public sealed class ContentSniffer(OfficeArchiveInspector archives)
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89 = "GIF89a"u8.ToArray();
    private static readonly byte[] TiffLittle = [0x49, 0x49, 0x2A, 0x00];
    private static readonly byte[] TiffBig = [0x4D, 0x4D, 0x00, 0x2A];

    public DetectedContent Detect(string fileName, ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (bytes.IsEmpty)
            throw new UnsupportedMaterialException("The file is empty.");
        if (bytes.StartsWith(Pdf))
            return new(MaterialKinds.Pdf, "application/pdf");
        if (bytes.StartsWith(Zip))
            return archives.Inspect(content);
        if (ImageContentType(bytes) is { } imageType)
            return new(MaterialKinds.Image, imageType);
        if (PlainText.TryDecode(bytes) is { } text)
            return IsMarkdown(fileName, text) ? new(MaterialKinds.Markdown, "text/markdown") : new(MaterialKinds.Text, "text/plain");
        throw new UnsupportedMaterialException(
            $"The content of '{fileName}' is not a PDF, Word or PowerPoint document, image, or UTF-8 text.");
    }

    private static string? ImageContentType(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Png)) return "image/png";
        if (bytes.StartsWith(Jpeg)) return "image/jpeg";
        if (bytes.StartsWith(Gif87) || bytes.StartsWith(Gif89)) return "image/gif";
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        if (bytes.StartsWith(TiffLittle) || bytes.StartsWith(TiffBig)) return "image/tiff";
        return null;
    }

    private static bool IsMarkdown(string fileName, string text)
    {
        var extension = Path.GetExtension(fileName);
        return extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            || MarkdownText.LooksLikeMarkdown(text);
    }
}
