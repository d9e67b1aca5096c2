using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Roundtable.Server.Practice.Materials;

/// <summary>
/// Reads the text of a PDF page by page, in reading order, within the PDF limits of <see cref="MaterialLimits"/>:
/// a page count checked before any page is read, a budget of decoded stream bytes, and a time budget
/// on the server's clock checked between pages and while streams decode.
/// </summary>
public sealed class PdfTextReader(IOptions<MaterialLimits> options, TimeProvider timeProvider)
{
    public ExtractedMaterial Read(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var budget = new PdfReadingBudget(limits, timeProvider, cancellationToken);
        try
        {
            using var document = PdfDocument.Open(ReadOnlyMemoryStream.Open(content), new ParsingOptions { FilterProvider = new BudgetedFilterProvider(budget) });
            budget.CheckPageCount(document.NumberOfPages);
            var text = new CappedText(limits.MaxExtractedCharacters);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                budget.Check();
                var page = document.GetPage(number);
                budget.Check();
                if (!text.AppendBlock(ContentOrderTextExtractor.GetText(page)))
                {
                    break;
                }
            }

            return Result(text.ToString());
        }
        catch (PdfDocumentEncryptedException)
        {
            return ExtractedMaterial.WithoutText(MaterialKinds.Pdf, "application/pdf", "The PDF is encrypted; its text cannot be read.");
        }
        // PdfPig may wrap what a budgeted filter threw; the limit is the answer, not the wrapper.
        catch (Exception) when (budget.Exceeded is { } exceeded && !cancellationToken.IsCancellationRequested)
        {
            throw exceeded;
        }
        // PdfPig reports a malformed file with many exception types (format, key, end of stream, cast…), not only its own.
        catch (Exception e) when (e is not OperationCanceledException and not UnsupportedMaterialException)
        {
            throw new UnsupportedMaterialException($"The PDF is damaged: {e.Message}");
        }
    }

    private static ExtractedMaterial Result(string text) => text.Length > 0
        ? ExtractedMaterial.WithText(MaterialKinds.Pdf, "application/pdf", text)
        : ExtractedMaterial.WithoutText(MaterialKinds.Pdf, "application/pdf", "The PDF has no text layer (a scanned document?).");
}
