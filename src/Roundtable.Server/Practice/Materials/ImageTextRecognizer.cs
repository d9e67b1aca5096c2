using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Roundtable.Server.Practice.Materials;

/// <summary>
/// Reads text in an image with the Tesseract command (Debian's tesseract-ocr). The image goes to a
/// temporary file and the process is killed at the time limit. Without Tesseract the image is kept
/// and reported as not read.
/// </summary>
public sealed partial class ImageTextRecognizer(IOptions<MaterialLimits> options, TimeProvider timeProvider, ILogger<ImageTextRecognizer> logger)
{
    public async Task<ExtractedMaterial> ReadAsync(DetectedContent image, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var path = Path.Combine(Path.GetTempPath(), $"roundtable-ocr-{Guid.NewGuid():N}{Extension(image.ContentType)}");
        try
        {
            await File.WriteAllBytesAsync(path, content, cancellationToken);
            return await RecognizeAsync(image, path, limits, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<ExtractedMaterial> RecognizeAsync(DetectedContent image, string path, MaterialLimits limits, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(limits.TesseractPath)
        {
            ArgumentList = { path, "stdout", "-l", limits.OcrLanguage },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            LogOcrUnavailable(logger, limits.TesseractPath, e.Message);
            return NotRead(image, $"Text in images is not read: the OCR program '{limits.TesseractPath}' is not installed.");
        }
        using var timeout = new CancellationTokenSource(limits.OcrTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var output = process.StandardOutput.ReadToEndAsync(linked.Token);
        var errors = process.StandardError.ReadToEndAsync(linked.Token);
        try
        {
            await process.WaitForExitAsync(linked.Token);
            var text = CappedText.Cap((await output).Trim(), limits.MaxExtractedCharacters);
            if (process.ExitCode != 0)
                return NotRead(image, $"OCR failed: {(await errors).Trim()}");
            return text.Length > 0 ? ExtractedMaterial.WithText(image.Kind, image.ContentType, text) : NotRead(image, "OCR found no text in the image.");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return NotRead(image, $"OCR took longer than {limits.OcrTimeout.TotalSeconds:0} s and was stopped.");
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }

    private static ExtractedMaterial NotRead(DetectedContent image, string reason) => ExtractedMaterial.WithoutText(image.Kind, image.ContentType, reason);

    private static string Extension(string contentType) => contentType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        "image/tiff" => ".tif",
        _ => ".img",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "OCR program {Path} could not be started: {Error}")]
    private static partial void LogOcrUnavailable(ILogger logger, string path, string error);
}
