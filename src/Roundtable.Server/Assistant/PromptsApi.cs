using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Roundtable.Engine.Prompts.Templates;
using Roundtable.Server.Accounts;
using Roundtable.Server.Data;

namespace Roundtable.Server.Assistant;

/// <summary>/v1/prompts: versioned prompt templates of the application (plus the built-in ones).</summary>
public static class PromptsApi
{
    public static RouteGroupBuilder MapPromptsApi(this RouteGroupBuilder v1)
    {
        var prompts = v1.MapGroup("/prompts").WithTags("Prompts");
        prompts.MapGet("/", List).WithName("ListPrompts").WithSummary("The latest version of every prompt template the application can use.");
        prompts.MapPost("/", Create).WithName("CreatePrompt")
            .WithSummary("Stores a template as version 1 of a new name or the next version of an existing one; running conversations keep theirs.");
        prompts.MapGet("/{id}", Get).WithName("GetPrompt").WithSummary("A template by name: the latest version, or ?version=N.");
        return v1;
    }

    public static async Task<Ok<IReadOnlyList<PromptView>>> List(
        ClaimsPrincipal user, RoundtableDbContext db, PromptLibrary library, CancellationToken cancellationToken)
    {
        var templates = await library.LatestAsync(db, ApplicationClaims.ApplicationIdOf(user), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PromptView>>([.. templates.Select(PromptView.From)]);
    }

    public static async Task<Results<Ok<PromptVersionsView>, ProblemHttpResult>> Get(
        string id, int? version, ClaimsPrincipal user, RoundtableDbContext db, PromptLibrary library, CancellationToken cancellationToken)
    {
        var applicationId = ApplicationClaims.ApplicationIdOf(user);
        var template = PromptTemplate.IsValidName(id) ? await library.FindAsync(db, applicationId, id, version, cancellationToken) : null;
        if (template is null)
        {
            return Problems.NotFound($"There is no prompt template '{id}'{(version is null ? "" : $" version {version}")}.");
        }

        var versions = await library.VersionsAsync(db, applicationId, id, cancellationToken);
        return TypedResults.Ok(new PromptVersionsView(PromptView.From(template), [.. versions.Select(v => v.Version)]));
    }

    public static async Task<Results<Created<PromptView>, ValidationProblem, ProblemHttpResult>> Create(
        CreatePromptRequest? request, ClaimsPrincipal user, RoundtableDbContext db, PromptLibrary library, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        request ??= new CreatePromptRequest();
        if (!PromptTemplate.IsValidName(request.Name))
        {
            errors["name"] = [$"'name' is 1–{PromptTemplate.MaxNameLength} letters, digits, '-', '_' or '.', starting with a letter or digit."];
        }

        Require.Text(errors, "template", request.Template, AssistantLimits.MaxPromptLength);
        Require.Optional(errors, "description", request.Description, AssistantLimits.MaxPromptDescriptionLength);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        try
        {
            var template = await library.AddAsync(db, ApplicationClaims.ApplicationIdOf(user), request.Name!, request.Template!, request.Description, cancellationToken);
            return TypedResults.Created($"/v1/prompts/{template.Name}?version={template.Version}", PromptView.From(template));
        }
        catch (PromptTemplateSyntaxException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["template"] = [e.Message] });
        }
        catch (DbUpdateException)
        {
            // Another request stored the same next version first; the unique (application, name, version) index refused this one.
            return Problems.Conflict($"Another version of '{request.Name}' was stored at the same moment; send it again.");
        }
    }
}
