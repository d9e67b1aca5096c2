using System.ComponentModel.DataAnnotations;

namespace Roundtable.Server.Practice.Materials;

/// <summary>Limits on uploaded materials (section <c>Practice:Materials</c>).</summary>
public sealed record MaterialLimits
{
    public const string Section = "Practice:Materials";

    /// <summary>The configuration key of a limit, as refusals name it.</summary>
    public static string SettingOf(string limit) => $"{Section}:{limit}";

    /// <summary>Largest single file; larger ones are refused with 413.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Largest upload request carrying all its files.</summary>
    [Range(1, long.MaxValue)]
    public long MaxRequestBytes { get; init; } = 25 * 1024 * 1024;

    [Range(1, 1000)]
    public int MaxFiles { get; init; } = 10;

    /// <summary>Text kept per material; the rest is cut so one upload cannot flood a prompt.</summary>
    [Range(1, int.MaxValue)]
    public int MaxExtractedCharacters { get; init; } = 200_000;

    /// <summary>Total uncompressed size a Word or PowerPoint file (a ZIP archive) may inflate to.</summary>
    [Range(1, long.MaxValue)]
    public long MaxArchiveUncompressedBytes { get; init; } = 100 * 1024 * 1024;

    [Range(1, 100_000)]
    public int MaxArchiveEntries { get; init; } = 2_000;

    /// <summary>Most pages a PDF may have; a longer one is refused with 413 before any page is read.</summary>
    [Range(1, 100_000)]
    public int MaxPdfPages { get; init; } = 500;

    /// <summary>
    /// Total size a PDF's compressed streams (page contents, fonts, object streams) may decode to while
    /// it is read; beyond it the file is refused with 413 as a possible decompression bomb.
    /// </summary>
    [Range(1, long.MaxValue)]
    public long MaxPdfDecodedBytes { get; init; } = 100 * 1024 * 1024;

    /// <summary>Time reading one PDF may take, on the server's clock, checked between pages and while streams decode; beyond it 413.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan PdfReadTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The Tesseract executable for reading text in images; when it cannot be started, images are kept without text.</summary>
    [Required]
    public string TesseractPath { get; init; } = "tesseract";

    [Required]
    public string OcrLanguage { get; init; } = "eng";

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan OcrTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
