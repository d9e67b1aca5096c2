using Microsoft.AspNetCore.Http.HttpResults;
using Roundtable.Server.Data;
using Roundtable.Server.Knowledge;
using Roundtable.Server.Practice.Materials;
using Roundtable.Server.Storage;

namespace Roundtable.Server.Practice.Salespeople;

/// <summary>
/// Reads uploaded files (type from their content, text extracted) and stores them: the original in the
/// blob store, the text as a knowledge document in the salesperson's own scope, so reps can cite it.
/// Every file is read before anything is stored, so one bad file rejects the request and keeps nothing.
/// Storing is split so the database part is one short save: <see cref="PrepareAsync"/> writes blobs and
/// embeds text first, <see cref="AddTo"/> adds the rows, <see cref="Publish"/> indexes them after the save,
/// and <see cref="DiscardAsync"/> removes the blobs of a create that failed.
/// </summary>
public sealed partial class MaterialIntake(
    MaterialExtractor extractor, IBlobStore blobs, KnowledgeBase knowledge, TimeProvider timeProvider, ILogger<MaterialIntake> logger)
{
    public MaterialLimits Limits => extractor.Limits;

    /// <summary>The files read and typed, or the 400/413 explaining which file was refused and why.</summary>
    public async Task<(IReadOnlyList<UploadedMaterial>? Files, ProblemHttpResult? Problem)> ReadAsync(IFormFileCollection files, CancellationToken cancellationToken)
    {
        if (files.Count > Limits.MaxFiles)
        {
            return (null, Refused(StatusCodes.Status400BadRequest, $"At most {Limits.MaxFiles} files per request; {files.Count} sent."));
        }

        var read = new List<UploadedMaterial>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            if (string.IsNullOrWhiteSpace(name) || name.Length > PracticeLimits.MaxFileNameLength)
            {
                return (null, Refused(StatusCodes.Status400BadRequest, $"Every file needs a name of 1 to {PracticeLimits.MaxFileNameLength} characters."));
            }

            if (file.Length > Limits.MaxFileBytes)
            {
                return (null, Refused(StatusCodes.Status413PayloadTooLarge, $"'{name}' has {file.Length} bytes; at most {Limits.MaxFileBytes} bytes per file."));
            }

            var content = await ReadAllAsync(file, cancellationToken);
            try
            {
                read.Add(new UploadedMaterial(name, content, await ExtractAsync(name, content, cancellationToken)));
            }
            catch (MaterialLimitExceededException tooLarge)
            {
                return (null, Refused(StatusCodes.Status413PayloadTooLarge, $"'{name}': {tooLarge.Reason}"));
            }
            catch (UnsupportedMaterialException unsupported)
            {
                return (null, Refused(StatusCodes.Status400BadRequest, $"'{name}': {unsupported.Reason}"));
            }
        }

        return (read, null);
    }

    public Task<ExtractedMaterial> ExtractAsync(string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        extractor.ExtractAsync(fileName, content, cancellationToken);

    /// <summary>
    /// The slow part of storing the files for <paramref name="salesperson"/>, done before any database
    /// write: originals to the blob store, text chunked and embedded. Blob keys are noted in
    /// <paramref name="prepared"/> as they are written, for <see cref="DiscardAsync"/>.
    /// </summary>
    public async Task PrepareAsync(Salesperson salesperson, IReadOnlyList<UploadedMaterial> files, PreparedMaterials prepared, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var material = NewMaterial(salesperson, file);
            prepared.BlobKeys.Add(material.BlobKey);
            await blobs.PutAsync(material.BlobKey, file.Content, cancellationToken);
            if (material.TextExtracted)
            {
                var document = await knowledge.PrepareAsync(salesperson.ApplicationId, SalespersonMaterials.ScopeOf(salesperson.Id),
                    new NewDocument(file.FileName, file.Extracted.Text!, "practice-material", "{}"), cancellationToken);
                prepared.Documents.Add(document);
                material.KnowledgeDocumentId = document.Stored.Id;
            }

            prepared.Materials.Add(material);
        }
    }

    /// <summary>Adds the prepared rows to <paramref name="db"/> for the caller's one save.</summary>
    public static void AddTo(RoundtableDbContext db, Salesperson salesperson, PreparedMaterials prepared)
    {
        db.KnowledgeDocuments.AddRange(prepared.Documents.Select(document => document.Stored));
        // Added explicitly: found through the navigation of a tracked parent, a row whose key is already set would be taken for an update.
        db.SalespersonMaterials.AddRange(prepared.Materials);
        salesperson.Materials.AddRange(prepared.Materials);
    }

    /// <summary>Makes the materials' text searchable; called once their rows are committed.</summary>
    public void Publish(PreparedMaterials prepared)
    {
        foreach (var document in prepared.Documents)
        {
            knowledge.Publish(document);
        }
    }

    /// <summary>
    /// Removes the blobs of a create that failed; its rows were never committed and its text never
    /// published. Runs after the request may have been cancelled, so it does not take its token.
    /// </summary>
    public async Task DiscardAsync(PreparedMaterials prepared)
    {
        foreach (var key in prepared.BlobKeys)
        {
            try
            {
                await blobs.DeleteAsync(key, CancellationToken.None);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The create's own failure is what the caller needs to hear; a file left behind is logged.
                LogBlobNotRemoved(logger, key, e.Message);
            }
        }
    }

    private SalespersonMaterial NewMaterial(Salesperson salesperson, UploadedMaterial file)
    {
        var now = timeProvider.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        return new SalespersonMaterial
        {
            Id = id,
            SalespersonId = salesperson.Id,
            FileName = file.FileName,
            Kind = file.Extracted.Kind,
            ContentType = file.Extracted.ContentType,
            SizeBytes = file.Content.Length,
            BlobKey = $"materials/{salesperson.Id:N}/{id:N}",
            TextExtracted = file.Extracted.TextExtracted && !string.IsNullOrWhiteSpace(file.Extracted.Text),
            ExtractedCharacters = file.Extracted.Text?.Length ?? 0,
            NotExtractedReason = file.Extracted.NotExtractedReason is { Length: > 500 } reason ? reason[..500] : file.Extracted.NotExtractedReason,
            CreatedAt = now,
        };
    }

    private static async Task<ReadOnlyMemory<byte>> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static ProblemHttpResult Refused(int status, string detail) =>
        TypedResults.Problem(title: status == StatusCodes.Status413PayloadTooLarge ? "Payload too large" : "Unsupported material", detail: detail, statusCode: status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob {Key} of a failed salesperson create could not be removed: {Error}")]
    private static partial void LogBlobNotRemoved(ILogger logger, string key, string error);
}
