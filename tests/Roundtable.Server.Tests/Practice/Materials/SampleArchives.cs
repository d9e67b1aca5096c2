using System.IO.Compression;

namespace Roundtable.Server.Tests.Practice.Materials;

/// <summary>ZIP archives that pretend to be Office documents.</summary>
internal static class SampleArchives
{
    /// <summary>A package that looks like a Word document but inflates to <paramref name="inflatedBytes"/> of zeros.</summary>
    public static byte[] ZipBomb(int inflatedBytes)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            Write(archive, "[Content_Types].xml", "<Types/>"u8);
            using var entry = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[65536];
            for (var written = 0; written < inflatedBytes; written += zeros.Length)
                entry.Write(zeros);
        }
        return stream.ToArray();
    }

    public static byte[] Zip(params string[] entryNames)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var name in entryNames)
                Write(archive, name, "<x/>"u8);
        }
        return stream.ToArray();
    }

    private static void Write(ZipArchive archive, string name, ReadOnlySpan<byte> content)
    {
        using var entry = archive.CreateEntry(name).Open();
        entry.Write(content);
    }
}
