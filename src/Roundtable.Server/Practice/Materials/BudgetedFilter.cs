using System.Buffers;
using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Roundtable.Server.Practice.Materials;

/// <summary>
/// A PdfPig stream filter whose output is paid for from the budget. Flate, the filter a bomb uses
/// (deflate expands up to 1,032 times), is inflated once into a scratch buffer to count its size
/// before PdfPig inflates it into memory; the other filters are counted after they decode.
/// </summary>
internal sealed class BudgetedFilter(IFilter inner, PdfReadingBudget budget) : IFilter
{
    private const int BlockLength = 64 * 1024;

    public bool IsSupported => inner.IsSupported;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        budget.Check();
        if (inner is FlateFilter)
        {
            budget.SpendDecodedBytes(InflatedLength(input));
            return inner.Decode(input, streamDictionary, filterProvider, filterIndex);
        }

        var decoded = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
        budget.SpendDecodedBytes(decoded.Length);
        return decoded;
    }

    /// <summary>How far the stream inflates, counted block by block so the count stops as soon as the budget is spent.</summary>
    private long InflatedLength(Memory<byte> input)
    {
        // PdfPig skips the two-byte zlib header and inflates the raw deflate data after it; so does the count.
        if (input.Length <= 2)
        {
            return 0;
        }

        var block = ArrayPool<byte>.Shared.Rent(BlockLength);
        try
        {
            using var deflate = new DeflateStream(ReadOnlyMemoryStream.Open(input[2..]), CompressionMode.Decompress);
            long length = 0;
            int read;
            while ((read = ReadBlock(deflate, block)) > 0)
            {
                length += read;
                if (length > budget.RemainingDecodedBytes)
                {
                    break;
                }

                budget.Check();
            }

            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
    }

    // A damaged stream counts as far as it inflates; PdfPig salvages the same part of it.
    private static int ReadBlock(DeflateStream deflate, byte[] block)
    {
        try
        {
            return deflate.Read(block, 0, BlockLength);
        }
        catch (InvalidDataException)
        {
            return 0;
        }
    }
}
