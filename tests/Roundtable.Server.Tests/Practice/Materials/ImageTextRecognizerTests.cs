using System.Diagnostics;
using System.ComponentModel;
using Roundtable.Server.Practice.Materials;
using Roundtable.Server.Tests.Support;

namespace Roundtable.Server.Tests.Practice.Materials;

public sealed class ImageTextRecognizerTests
{
    [SkippableFact]
    public async Task ExtractAsync_ImageWithTesseractInstalled_ReadsItsText()
    {
        RequireTesseract();
        var png = await File.ReadAllBytesAsync(OcrFixture.Path);

        var material = await MaterialExtractorFactory.Create().ExtractAsync("slide.png", png, CancellationToken.None);

        Assert.Equal(MaterialKinds.Image, material.Kind);
        Assert.True(material.TextExtracted, material.NotExtractedReason);
        Assert.Equal(OcrFixture.Text, material.Text);
    }

    [Fact]
    public async Task ExtractAsync_ImageWithoutTesseract_IsKeptWithTheReason()
    {
        var png = await File.ReadAllBytesAsync(OcrFixture.Path);
        var withoutOcr = MaterialExtractorFactory.Create(new MaterialLimits { TesseractPath = "/nonexistent/tesseract" });

        var material = await withoutOcr.ExtractAsync("slide.png", png, CancellationToken.None);

        Assert.Equal(MaterialKinds.Image, material.Kind);
        Assert.False(material.TextExtracted);
        Assert.Null(material.Text);
        Assert.Contains("not installed", material.NotExtractedReason);
    }

    private static void RequireTesseract()
    {
        if (TesseractRuns())
            return;
        if (Environment.GetEnvironmentVariable(TestDatabase.RequireAllVariable) == "1")
            Assert.Fail($"{TestDatabase.RequireAllVariable}=1 requires OCR, but 'tesseract' (Debian: tesseract-ocr tesseract-ocr-eng) is not installed.");
        Skip.If(true, "'tesseract' is not installed; image OCR is not tested here.");
    }

    private static bool TesseractRuns()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("tesseract", "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
            process!.WaitForExit(10_000);
            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }
}
