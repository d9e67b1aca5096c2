using System.IO.Compression;
using Microsoft.Extensions.Options;

namespace Roundtable.Server.Practice.Materials;

/// <summary>
/// Checks that a ZIP upload is a Word or PowerPoint package and not a decompression bomb: it counts
/// the entries and inflates every one through a budget, because the sizes an archive declares can lie.
/// </summary>
public sealed class OfficeArchiveInspector(IOptions<MaterialLimits> options)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PptxContentType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    public DetectedContent Inspect(ReadOnlyMemory<byte> content)
    {
        var limits = options.Value;
        try
        {
            using var archive = new ZipArchive(ReadOnlyMemoryStream.Open(content), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxArchiveEntries)
                throw new UnsupportedMaterialException($"The archive has {archive.Entries.Count} parts; at most {limits.MaxArchiveEntries} are accepted.");
            InflateWithinBudget(archive, limits.MaxArchiveUncompressedBytes);
            return Identify(archive);
        }
        catch (InvalidDataException e)
        {
            throw new UnsupportedMaterialException($"The archive is damaged: {e.Message}");
        }
    }

    private static void InflateWithinBudget(ZipArchive archive, long budget)
    {
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            if (entry.Length > budget - total)
                throw Bomb(budget);
            using var stream = entry.Open();
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                total += read;
                if (total > budget)
                    throw Bomb(budget);
            }
        }
    }

    private static DetectedContent Identify(ZipArchive archive)
    {
        var names = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!names.Contains("[Content_Types].xml"))
            throw new UnsupportedMaterialException("The file is a ZIP archive, not a Word or PowerPoint document.");
        if (names.Any(n => n.StartsWith("word/", StringComparison.OrdinalIgnoreCase)))
            return new(MaterialKinds.Docx, DocxContentType);
        if (names.Any(n => n.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase)))
            return new(MaterialKinds.Pptx, PptxContentType);
        throw new UnsupportedMaterialException("The file is an Office package, but neither a Word (.docx) nor a PowerPoint (.pptx) document.");
    }

    private static UnsupportedMaterialException Bomb(long budget) =>
        new($"The archive inflates to more than {budget} bytes; it is refused as a possible decompression bomb.");
}
