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
/// </summary>
public sealed class MaterialIntake(MaterialExtractor extractor, IBlobStore blobs, KnowledgeBase knowledge, TimeProvider timeProvider)
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

    /// <summary>Stores the files for <paramref name="salesperson"/>; the caller saves the context.</summary>
    public async Task StoreAsync(RoundtableDbContext db, Salesperson salesperson, IReadOnlyList<UploadedMaterial> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var now = timeProvider.GetUtcNow();
            var material = new SalespersonMaterial
            {
                Id = Guid.CreateVersion7(now),
                SalespersonId = salesperson.Id,
                FileName = file.FileName,
                Kind = file.Extracted.Kind,
                ContentType = file.Extracted.ContentType,
                SizeBytes = file.Content.Length,
                BlobKey = "",
                TextExtracted = file.Extracted.TextExtracted && !string.IsNullOrWhiteSpace(file.Extracted.Text),
                ExtractedCharacters = file.Extracted.Text?.Length ?? 0,
                NotExtractedReason = file.Extracted.NotExtractedReason is { Length: > 500 } reason ? reason[..500] : file.Extracted.NotExtractedReason,
                CreatedAt = now,
            };
            material.BlobKey = $"materials/{salesperson.Id:N}/{material.Id:N}";
            await blobs.PutAsync(material.BlobKey, file.Content, cancellationToken);
            if (material.TextExtracted)
            {
                var document = await knowledge.AddAsync(db, salesperson.ApplicationId, SalespersonMaterials.ScopeOf(salesperson.Id),
                    new NewDocument(file.FileName, file.Extracted.Text!, "practice-material", "{}"), cancellationToken);
                material.KnowledgeDocumentId = document.Id;
            }

            // Added explicitly: found through the navigation of a tracked parent, a row whose key is already set would be taken for an update.
            db.SalespersonMaterials.Add(material);
            salesperson.Materials.Add(material);
        }
    }

    private static async Task<ReadOnlyMemory<byte>> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static ProblemHttpResult Refused(int status, string detail) =>
        TypedResults.Problem(title: status == StatusCodes.Status413PayloadTooLarge ? "Payload too large" : "Unsupported material", detail: detail, statusCode: status);
}
