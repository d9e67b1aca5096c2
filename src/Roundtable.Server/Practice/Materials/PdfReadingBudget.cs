namespace Roundtable.Server.Practice.Materials;

/// <summary>
/// What reading one PDF may cost: pages, bytes decoded from its streams, and time on the server's clock.
/// The stream filters spend from it while PdfPig parses, so a bomb is stopped as it inflates, not after.
/// </summary>
public sealed class PdfReadingBudget(MaterialLimits limits, TimeProvider timeProvider, CancellationToken cancellationToken)
{
    private readonly long started = timeProvider.GetTimestamp();
    private long decodedBytes;

    /// <summary>
    /// The limit crossed, once one is. Kept because PdfPig catches some exceptions thrown inside it
    /// (a font that fails to load is skipped), so the reader checks again between pages.
    /// </summary>
    public MaterialLimitExceededException? Exceeded { get; private set; }

    /// <summary>Decoded bytes still allowed.</summary>
    public long RemainingDecodedBytes => limits.MaxPdfDecodedBytes - decodedBytes;

    public void CheckPageCount(int pages)
    {
        if (pages > limits.MaxPdfPages)
        {
            throw Exceed($"The PDF has {pages} pages; at most {limits.MaxPdfPages} are read", nameof(MaterialLimits.MaxPdfPages));
        }
    }

    /// <summary>Throws when the caller gave up, a limit was already crossed, or the time is up.</summary>
    public void Check()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Exceeded is not null)
        {
            throw Exceeded;
        }

        if (timeProvider.GetElapsedTime(started) > limits.PdfReadTimeout)
        {
            throw Exceed($"Reading the PDF took longer than {limits.PdfReadTimeout.TotalSeconds:0} s", nameof(MaterialLimits.PdfReadTimeout));
        }
    }

    public void SpendDecodedBytes(long bytes)
    {
        decodedBytes += bytes;
        if (decodedBytes > limits.MaxPdfDecodedBytes)
        {
            throw Exceed(
                $"The PDF's streams decode to more than {limits.MaxPdfDecodedBytes} bytes; it is refused as a possible decompression bomb",
                nameof(MaterialLimits.MaxPdfDecodedBytes));
        }

        Check();
    }

    private MaterialLimitExceededException Exceed(string reason, string limit)
    {
        var setting = MaterialLimits.SettingOf(limit);
        Exceeded = new MaterialLimitExceededException($"{reason} ({setting}).", setting);
        return Exceeded;
    }
}
