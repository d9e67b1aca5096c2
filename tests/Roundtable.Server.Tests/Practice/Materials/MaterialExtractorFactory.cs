using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Roundtable.Server.Practice.Materials;

namespace Roundtable.Server.Tests.Practice.Materials;

internal static class MaterialExtractorFactory
{
    public static MaterialExtractor Create(MaterialLimits? limits = null, TimeProvider? clock = null)
    {
        var options = Options.Create(limits ?? new MaterialLimits());
        return new MaterialExtractor(
            new ContentSniffer(new OfficeArchiveInspector(options)),
            new ImageTextRecognizer(options, TimeProvider.System, NullLogger<ImageTextRecognizer>.Instance),
            new PdfTextReader(options, clock ?? TimeProvider.System),
            options);
    }
}
