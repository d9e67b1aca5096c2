using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Roundtable.Engine.Knowledge;
using Roundtable.Server.Accounts;
using Roundtable.Server.Assistant;
using Roundtable.Server.Data;

namespace Roundtable.Server.Knowledge;

/// <summary>/v1/knowledge: an application's documents and search over them.</summary>
public static class KnowledgeApi
{
    public static RouteGroupBuilder MapKnowledgeApi(this RouteGroupBuilder v1)
    {
        var knowledge = v1.MapGroup("/knowledge").WithTags("Knowledge");
        knowledge.MapPost("/documents", AddDocument)
            .WithName("AddKnowledgeDocument")
            .WithSummary("Adds a document to the application's knowledge base; it is split into token-sized chunks.");
        knowledge.MapPost("/search", Search)
            .WithName("SearchKnowledge")
            .WithSummary("The application's best chunks for a query (BM25, or hybrid with embeddings).");
        return v1;
    }

    public static async Task<Results<Created<DocumentView>, ValidationProblem>> AddDocument(
        AddDocumentRequest? request, ClaimsPrincipal user, RoundtableDbContext db, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        request ??= new AddDocumentRequest();
        Require.Text(errors, "title", request.Title, AssistantLimits.MaxTitleLength);
        Require.Text(errors, "content", request.Content, AssistantLimits.MaxDocumentLength);
        Require.Optional(errors, "category", request.Category, AssistantLimits.MaxCategoryLength);
        var metadata = Require.Metadata(errors, request.Metadata);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var stored = await knowledge.AddAsync(db, ApplicationClaims.ApplicationIdOf(user),
            new NewDocument(request.Title!.Trim(), request.Content!, request.Category?.Trim(), metadata!), cancellationToken);
        return TypedResults.Created($"/v1/knowledge/documents/{stored.Id}", DocumentView.From(stored));
    }

    public static async Task<Results<Ok<SearchResultView>, ValidationProblem>> Search(
        SearchRequest? request, ClaimsPrincipal user, KnowledgeBase knowledge, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        request ??= new SearchRequest();
        Require.Text(errors, "query", request.Query, AssistantLimits.MaxQueryLength);
        Require.Range(errors, "top_k", request.TopK, 1, AssistantLimits.MaxTopK);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var hits = await knowledge.SearchAsync(ApplicationClaims.ApplicationIdOf(user), request.Query!, request.TopK ?? 5, cancellationToken);
        return TypedResults.Ok(new SearchResultView(knowledge.Mode.ToString().ToLowerInvariant(), [.. hits.Select(ToView)]));
    }

    private static SearchHitView ToView(KnowledgeHit hit) => new(
        Guid.Parse(hit.Chunk.DocumentId), hit.Chunk.Title, hit.Chunk.Index, hit.Excerpt, hit.Score,
        hit.MatchedBy.ToString().ToLowerInvariant());
}
