using System.Text;
using Roundtable.Server.Practice.Materials;

namespace Roundtable.Server.Tests.Practice.Materials;

public sealed class MaterialExtractorTests
{
    private readonly MaterialExtractor extractor = MaterialExtractorFactory.Create();

    [Fact]
    public async Task ExtractAsync_Pdf_ReadsTextOfEveryPage()
    {
        var pdf = SamplePdf.WithPages("Acme Rocket pricing starts at 99 dollars", "Second page: onboarding takes two weeks");

        var material = await extractor.ExtractAsync("deck.pdf", pdf, CancellationToken.None);

        Assert.Equal(MaterialKinds.Pdf, material.Kind);
        Assert.Equal("application/pdf", material.ContentType);
        Assert.True(material.TextExtracted);
        Assert.Contains("Acme Rocket pricing starts at 99 dollars", material.Text);
        Assert.Contains("onboarding takes two weeks", material.Text);
        Assert.True(material.Text!.IndexOf("Acme", StringComparison.Ordinal) < material.Text.IndexOf("Second page", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExtractAsync_Docx_ReadsParagraphsAndTableCells()
    {
        var docx = SampleWord.With(["Product overview", "Rocket cuts churn by a third."], ["Plan: Team", "Price: 49"]);

        var material = await extractor.ExtractAsync("overview.docx", docx, CancellationToken.None);

        Assert.Equal(MaterialKinds.Docx, material.Kind);
        Assert.True(material.TextExtracted);
        Assert.Equal("Product overview\nRocket cuts churn by a third.\nPlan: Team\nPrice: 49", material.Text);
    }

    [Fact]
    public async Task ExtractAsync_Pptx_ReadsSlidesInOrderWithSpeakerNotes()
    {
        var pptx = SampleSlides.With(("Why Rocket", "Open with the churn story"), ("Pricing", "Offer the pilot"));

        var material = await extractor.ExtractAsync("pitch.pptx", pptx, CancellationToken.None);

        Assert.Equal(MaterialKinds.Pptx, material.Kind);
        Assert.Equal(OfficeArchiveInspector.PptxContentType, material.ContentType);
        Assert.Equal("Slide 1:\nWhy Rocket\nNotes: Open with the churn story\nSlide 2:\nPricing\nNotes: Offer the pilot", material.Text);
    }

    [Fact]
    public async Task ExtractAsync_PngNamedPdf_IsTreatedAsTheImageItIs()
    {
        var png = await File.ReadAllBytesAsync(OcrFixture.Path);
        var withoutOcr = MaterialExtractorFactory.Create(new MaterialLimits { TesseractPath = "/nonexistent/tesseract" });

        var material = await withoutOcr.ExtractAsync("report.pdf", png, CancellationToken.None);

        Assert.Equal(MaterialKinds.Image, material.Kind);
        Assert.Equal("image/png", material.ContentType);
    }

    [Fact]
    public async Task ExtractAsync_RandomBytesNamedDocx_IsRefused()
    {
        var random = new byte[4096];
        new Random(7).NextBytes(random);

        await Assert.ThrowsAsync<UnsupportedMaterialException>(() => extractor.ExtractAsync("contract.docx", random, CancellationToken.None));
    }

    [Fact]
    public async Task ExtractAsync_ProgramNamedPdf_IsRefused()
    {
        byte[] program = [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. "This program cannot be run in DOS mode"u8];

        var refused = await Assert.ThrowsAsync<UnsupportedMaterialException>(() => extractor.ExtractAsync("brochure.pdf", program, CancellationToken.None));

        Assert.Contains("brochure.pdf", refused.Reason);
    }

    [Fact]
    public async Task ExtractAsync_PlainZipNamedDocx_IsRefused()
    {
        var zip = SampleArchives.Zip("readme.txt", "word/document.xml");

        var refused = await Assert.ThrowsAsync<UnsupportedMaterialException>(() => extractor.ExtractAsync("notes.docx", zip, CancellationToken.None));

        Assert.Contains("not a Word or PowerPoint", refused.Reason);
    }

    [Fact]
    public async Task ExtractAsync_ZipBomb_IsRefusedBeforeParsing()
    {
        var bomb = SampleArchives.ZipBomb(inflatedBytes: 8 * 1024 * 1024);
        var limited = MaterialExtractorFactory.Create(new MaterialLimits { MaxArchiveUncompressedBytes = 1024 * 1024 });

        var refused = await Assert.ThrowsAsync<UnsupportedMaterialException>(() => limited.ExtractAsync("bomb.docx", bomb, CancellationToken.None));

        Assert.True(bomb.Length < 64 * 1024, $"the bomb is small on disk ({bomb.Length} bytes)");
        Assert.Contains("decompression bomb", refused.Reason);
    }

    [Fact]
    public async Task ExtractAsync_ArchiveWithTooManyParts_IsRefused()
    {
        var many = SampleArchives.Zip([.. Enumerable.Range(0, 30).Select(i => $"word/part{i}.xml"), "[Content_Types].xml"]);
        var limited = MaterialExtractorFactory.Create(new MaterialLimits { MaxArchiveEntries = 20 });

        var refused = await Assert.ThrowsAsync<UnsupportedMaterialException>(() => limited.ExtractAsync("many.docx", many, CancellationToken.None));

        Assert.Contains("31 parts", refused.Reason);
    }

    [Fact]
    public async Task ExtractAsync_FileOverTheLimit_IsTooLarge()
    {
        var limited = MaterialExtractorFactory.Create(new MaterialLimits { MaxFileBytes = 100 });

        var refused = await Assert.ThrowsAsync<MaterialTooLargeException>(() => limited.ExtractAsync("big.txt", Encoding.UTF8.GetBytes(new string('a', 101)), CancellationToken.None));

        Assert.Equal(101, refused.Size);
        Assert.Equal(100, refused.Limit);
    }

    [Fact]
    public async Task ExtractAsync_PlainText_IsKeptAsIs()
    {
        var material = await extractor.ExtractAsync("notes.txt", "\uFEFFCall Dana before Friday.\nBudget: 40k"u8.ToArray(), CancellationToken.None);

        Assert.Equal(MaterialKinds.Text, material.Kind);
        Assert.Equal("text/plain", material.ContentType);
        Assert.Equal("Call Dana before Friday.\nBudget: 40k", material.Text);
    }

    [Theory]
    [InlineData("battlecard.md")]
    [InlineData("battlecard")]
    public async Task ExtractAsync_Markdown_IsRecognizedAndStrippedToPlainText(string fileName)
    {
        var markdown = "# Battlecard\n\n- **Strength**: fast setup\n- See [pricing](https://example.test/pricing)\n"u8.ToArray();

        var material = await extractor.ExtractAsync(fileName, markdown, CancellationToken.None);

        Assert.Equal(MaterialKinds.Markdown, material.Kind);
        Assert.Equal("text/markdown", material.ContentType);
        Assert.Contains("Battlecard", material.Text);
        Assert.Contains("Strength: fast setup", material.Text);
        Assert.DoesNotContain("**", material.Text);
        Assert.DoesNotContain("](", material.Text);
    }

    [Fact]
    public async Task ExtractAsync_LongText_IsCutAtTheCharacterLimit()
    {
        var limited = MaterialExtractorFactory.Create(new MaterialLimits { MaxExtractedCharacters = 50 });

        var material = await limited.ExtractAsync("long.pdf", SamplePdf.WithPages(new string('x', 80), "second page"), CancellationToken.None);

        Assert.Equal(new string('x', 50), material.Text);
    }

    [Fact]
    public async Task ExtractAsync_EmptyFile_IsRefused()
    {
        await Assert.ThrowsAsync<UnsupportedMaterialException>(() => extractor.ExtractAsync("empty.txt", Array.Empty<byte>(), CancellationToken.None));
    }
}
