using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Accounts;
using Roundtable.Server.Assistant;
using Roundtable.Server.Data;
using Roundtable.Server.Practice.Companies;
using Roundtable.Server.Storage;

namespace Roundtable.Server.Practice.Salespeople;

/// <summary>/api/salesperson: the product a salesperson practises selling, with uploaded materials.</summary>
public static class SalespeopleApi
{
    public static RouteGroupBuilder MapSalespeopleApi(this RouteGroupBuilder api)
    {
        var salespeople = api.MapGroup("/salesperson").WithTags("Practice: salespeople");
        salespeople.MapPost("/create", Create).WithName("CreateSalesperson")
            .WithSummary("multipart/form-data: product_name, description, product_url?, name?, materials (PDF, DOCX, PPTX, text, Markdown, images).")
            .Accepts<IFormCollection>("multipart/form-data")
            // Uploads have their own limits (Practice:Materials); the group's JSON limit does not apply.
            .WithMetadata(new RequestSizeLimitAttribute(PracticeUploadLimit.MaxRequestBytes))
            // Cookie callers are checked by WorkspaceAntiforgeryFilter; key callers need no token.
            .DisableAntiforgery();
        salespeople.MapGet("/{id}", Get).WithName("GetSalesperson").WithSummary("A salesperson profile and its materials.");
        salespeople.MapGet("/{id}/materials/{materialId}", Download).WithName("DownloadMaterial").WithSummary("An uploaded material's original file.");
        return api;
    }

    public static async Task<Results<Created<PracticeEnvelope<SalespersonView>>, ValidationProblem, ProblemHttpResult>> Create(
        HttpRequest request, ClaimsPrincipal user, RoundtableDbContext db, MaterialIntake intake, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return PracticeResults.Invalid("body", "Send multipart/form-data with product_name, description, optional product_url and name, and materials files.");
        }

        var form = await ReadFormAsync(request, intake.Limits.MaxRequestBytes, cancellationToken);
        if (form is null)
        {
            return PracticeResults.TooLarge($"The upload is larger than {intake.Limits.MaxRequestBytes} bytes in all, or malformed.");
        }

        var errors = new Dictionary<string, string[]>();
        Require.Text(errors, "product_name", form["product_name"], PracticeLimits.MaxNameLength);
        Require.Text(errors, "description", form["description"], PracticeLimits.MaxDescriptionLength);
        Require.Optional(errors, "name", NullIfEmpty(form["name"]), PracticeLimits.MaxNameLength);
        string? productUrl = null;
        if (NullIfEmpty(form["product_url"]) is { } url && !CompanyUrls.TryNormalize(url, out productUrl))
        {
            errors["product_url"] = ["'product_url', when given, is an absolute http or https address."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (files, problem) = await intake.ReadAsync(form.Files, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var salesperson = new Salesperson
        {
            Id = Guid.CreateVersion7(timeProvider.GetUtcNow()),
            ApplicationId = ApplicationClaims.ApplicationIdOf(user),
            Name = NullIfEmpty(form["name"])?.Trim() ?? "Salesperson",
            ProductName = form["product_name"].ToString().Trim(),
            Description = form["description"].ToString().Trim(),
            ProductUrl = productUrl,
            CreatedAt = timeProvider.GetUtcNow(),
        };
        await StoreAsync(db, intake, salesperson, files!, cancellationToken);
        return PracticeResults.Created($"/api/salesperson/{salesperson.Id}", SalespersonView.Of(salesperson));
    }

    /// <summary>
    /// The salesperson and their materials, all or nothing. Blobs and embeddings come first, outside the
    /// database; then one save (one transaction of EF's own) writes every row, so SQLite's single write
    /// lock is held for the inserts only, never across the embeddings call. The text becomes searchable
    /// after that save; a failure before it removes the blobs.
    /// </summary>
    private static async Task StoreAsync(
        RoundtableDbContext db, MaterialIntake intake, Salesperson salesperson, IReadOnlyList<UploadedMaterial> files, CancellationToken cancellationToken)
    {
        var prepared = new PreparedMaterials();
        try
        {
            await intake.PrepareAsync(salesperson, files, prepared, cancellationToken);
            db.Salespeople.Add(salesperson);
            MaterialIntake.AddTo(db, salesperson, prepared);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Nothing was committed and nothing published; only the blobs are left to remove. The failure itself goes on.
            await intake.DiscardAsync(prepared);
            throw;
        }

        intake.Publish(prepared);
    }

    public static async Task<Results<Ok<PracticeEnvelope<SalespersonView>>, ProblemHttpResult>> Get(
        string id, ClaimsPrincipal user, RoundtableDbContext db, CancellationToken cancellationToken)
    {
        var salesperson = await FindAsync(db, ApplicationClaims.ApplicationIdOf(user), id, cancellationToken);
        return salesperson is null ? PracticeResults.NotFound("salesperson") : PracticeResults.Ok(SalespersonView.Of(salesperson));
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        string id, string materialId, ClaimsPrincipal user, RoundtableDbContext db, IBlobStore blobs, CancellationToken cancellationToken)
    {
        var salesperson = await FindAsync(db, ApplicationClaims.ApplicationIdOf(user), id, cancellationToken);
        var material = salesperson?.Materials.FirstOrDefault(m => m.Id == PracticeIds.Parse(materialId));
        if (material is null || await blobs.OpenAsync(material.BlobKey, cancellationToken) is not { } content)
        {
            return PracticeResults.NotFound("material");
        }

        // Served as a download with its detected type, never rendered as a page of this site.
        return TypedResults.File(content, material.ContentType, material.FileName);
    }

    public static async Task<Salesperson?> FindAsync(RoundtableDbContext db, Guid applicationId, string? id, CancellationToken cancellationToken) =>
        PracticeIds.Parse(id) is { } salespersonId
            ? await db.Salespeople.AsNoTracking().Include(s => s.Materials)
                .FirstOrDefaultAsync(s => s.Id == salespersonId && s.ApplicationId == applicationId, cancellationToken)
            : null;

    private static async Task<IFormCollection?> ReadFormAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueLengthLimit = PracticeLimits.MaxDescriptionLength * 4 }, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return null;
        }
        catch (BadHttpRequestException)
        {
            return null;
        }
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString();
}
