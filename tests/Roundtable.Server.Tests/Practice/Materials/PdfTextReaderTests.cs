using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Roundtable.Server.Practice.Materials;

namespace Roundtable.Server.Tests.Practice.Materials;

/// <summary>A PDF costs the server at most the PDF limits: pages, decoded stream bytes and reading time.</summary>
public sealed class PdfTextReaderTests
{
    private static readonly string[] SixPages = ["one", "two", "three", "four", "five", "six"];

    [Fact]
    public void Read_MorePagesThanTheLimit_IsRefusedNamingTheSetting()
    {
        var reader = Reader(new MaterialLimits { MaxPdfPages = 5 });

        var refused = Assert.Throws<MaterialLimitExceededException>(() => reader.Read(SamplePdf.WithPages(SixPages), CancellationToken.None));

        Assert.Equal("Practice:Materials:MaxPdfPages", refused.Setting);
        Assert.Contains("6 pages", refused.Reason);
        Assert.Contains("Practice:Materials:MaxPdfPages", refused.Reason);
    }

    [Fact]
    public void Read_AsManyPagesAsTheLimit_ReadsEveryPage()
    {
        var reader = Reader(new MaterialLimits { MaxPdfPages = 6 });

        var material = reader.Read(SamplePdf.WithPages(SixPages), CancellationToken.None);

        Assert.Equal(string.Join("\n", SixPages), material.Text);
    }

    [Fact]
    public void Read_StreamInflatingPastTheBudget_IsRefusedBeforeItIsInflatedIntoMemory()
    {
        const int inflated = 64 * 1024 * 1024;
        var bomb = SamplePdf.WithInflatingContent("pricing", inflated);
        var reader = Reader(new MaterialLimits { MaxPdfDecodedBytes = 1024 * 1024 });

        // PdfPig's first use loads its font tables (about 30 MB); only the bomb's own cost is measured.
        reader.Read(SamplePdf.WithPages("warm-up"), CancellationToken.None);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var refused = Assert.Throws<MaterialLimitExceededException>(() => reader.Read(bomb, CancellationToken.None));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.True(bomb.Length < 256 * 1024, $"the bomb is small on disk ({bomb.Length} bytes)");
        Assert.Equal("Practice:Materials:MaxPdfDecodedBytes", refused.Setting);
        Assert.Contains("decompression bomb", refused.Reason);
        Assert.True(allocated < 4 * 1024 * 1024, $"refused after allocating {allocated} bytes");
    }

    [Fact]
    public void Read_StreamInflatingWithinTheBudget_IsRead()
    {
        var reader = Reader(new MaterialLimits { MaxPdfDecodedBytes = 1024 * 1024 });

        var material = reader.Read(SamplePdf.WithInflatingContent("pricing", 512 * 1024), CancellationToken.None);

        Assert.Equal("pricing", material.Text);
    }

    [Fact]
    public void Read_LongerThanTheTimeBudget_IsRefusedNamingTheSetting()
    {
        // Every reading of this clock moves it a second on: the reader looks at it between pages and while streams decode.
        var clock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };
        var reader = Reader(new MaterialLimits { PdfReadTimeout = TimeSpan.FromSeconds(5) }, clock);

        var refused = Assert.Throws<MaterialLimitExceededException>(() => reader.Read(SamplePdf.WithPages(SixPages), CancellationToken.None));

        Assert.Equal("Practice:Materials:PdfReadTimeout", refused.Setting);
        Assert.Contains("longer than 5 s", refused.Reason);
    }

    [Fact]
    public void Read_WithinTheTimeBudget_ReadsEveryPage()
    {
        var clock = new FakeTimeProvider { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };
        var reader = Reader(new MaterialLimits { PdfReadTimeout = TimeSpan.FromMinutes(10) }, clock);

        var material = reader.Read(SamplePdf.WithPages(SixPages), CancellationToken.None);

        Assert.Equal(string.Join("\n", SixPages), material.Text);
    }

    private static PdfTextReader Reader(MaterialLimits limits, TimeProvider? clock = null) => new(Options.Create(limits), clock ?? TimeProvider.System);
}
