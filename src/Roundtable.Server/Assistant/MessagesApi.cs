using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Roundtable.Engine.Prompts.Templates;
using Roundtable.Server.Accounts;
using Roundtable.Server.Data;

namespace Roundtable.Server.Assistant;

/// <summary>/v1/conversations/{id}/messages and /context: the exchange itself.</summary>
public static class MessagesApi
{
    public static RouteGroupBuilder MapMessagesApi(this RouteGroupBuilder v1)
    {
        var conversation = v1.MapGroup("/conversations/{id}").WithTags("Messages");
        conversation.MapPost("/messages", Send).WithName("SendMessage")
            .WithSummary("Sends the user's message and returns the assistant's; with 'Accept: text/event-stream' streams 'token' events, then 'message'.")
            .Produces<MessageView>(StatusCodes.Status200OK, "application/json", "text/event-stream");
        conversation.MapGet("/messages", List).WithName("ListMessages").WithSummary("The newest messages (limit, default 50, at most 200), oldest first.");
        conversation.MapGet("/context", Context).WithName("GetConversationContext")
            .WithSummary("The system prompt, running summary and turns the model sees next, measured in tokens.");
        return v1;
    }

    public static Task<Results<Ok<MessageView>, EmptyHttpResult, ProblemHttpResult, ValidationProblem>> Send(
        string id, SendMessageRequest? request, HttpContext http, ClaimsPrincipal user, RoundtableDbContext db, SessionExpiry expiry,
        ConversationLocks locks, AssistantTurnRunner turns, CancellationToken cancellationToken) =>
        SendAsync(new ConversationScope(ApplicationClaims.ApplicationIdOf(user)), id, request, http, db, expiry, locks, turns, cancellationToken);

    /// <summary>One turn in a conversation of <paramref name="scope"/>; shared by /v1 and the chat page.</summary>
    public static async Task<Results<Ok<MessageView>, EmptyHttpResult, ProblemHttpResult, ValidationProblem>> SendAsync(
        ConversationScope scope, string id, SendMessageRequest? request, HttpContext http, RoundtableDbContext db, SessionExpiry expiry,
        ConversationLocks locks, AssistantTurnRunner turns, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        Require.Text(errors, "content", request?.Content, AssistantLimits.MaxMessageLength);
        var metadata = Require.Metadata(errors, request?.Metadata);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!Guid.TryParse(id, out var conversationId))
        {
            return Problems.NotFound(ConversationLookup.NotFoundDetail(id));
        }

        // The gate first, then one read: what is read inside the gate is what the turn builds on.
        var lease = await locks.AcquireAsync(scope.ApplicationId, conversationId, cancellationToken);
        // Released when the response is done, whichever way it ends.
        http.Response.RegisterForDisposeAsync(lease);
        var conversation = await ConversationLookup.FindAsync(db, scope, conversationId, expiry, cancellationToken);
        if (conversation is null)
        {
            return Problems.NotFound(ConversationLookup.NotFoundDetail(id));
        }

        if (conversation.State != ConversationState.Active)
        {
            return Problems.Conflict($"The conversation is {conversation.State}{(conversation.EndedReason is { } why ? $" ({why})" : "")}; start a new one.");
        }

        return WantsStream(http.Request)
            ? await StreamAsync(http, db, conversation, request!.Content!, metadata!, turns, cancellationToken)
            : await AnswerAsync(db, conversation, request!.Content!, metadata!, turns, cancellationToken);
    }

    public static async Task<Results<Ok<IReadOnlyList<MessageView>>, ProblemHttpResult, ValidationProblem>> List(
        string id, int? limit, ClaimsPrincipal user, RoundtableDbContext db, SessionExpiry expiry, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > AssistantLimits.MaxMessagesPage)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"'limit' is between 1 and {AssistantLimits.MaxMessagesPage}."] });
        }

        var conversation = await ConversationLookup.FindAsync(db, ApplicationClaims.ApplicationIdOf(user), id, expiry, cancellationToken);
        if (conversation is null)
        {
            return Problems.NotFound(ConversationLookup.NotFoundDetail(id));
        }

        var newest = await db.AssistantMessages.AsNoTracking()
            .Where(m => m.ConversationId == conversation.Id)
            .OrderByDescending(m => m.Number)
            .Take(limit ?? 50)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<MessageView>>([.. newest.OrderBy(m => m.Number).Select(MessageView.From)]);
    }

    public static async Task<Results<Ok<ContextView>, ProblemHttpResult>> Context(
        string id, ClaimsPrincipal user, RoundtableDbContext db, SessionExpiry expiry, PromptLibrary prompts, ContextWindow window,
        CancellationToken cancellationToken)
    {
        var conversation = await ConversationLookup.FindAsync(db, ApplicationClaims.ApplicationIdOf(user), id, expiry, cancellationToken);
        if (conversation is null)
        {
            return Problems.NotFound(ConversationLookup.NotFoundDetail(id));
        }

        var template = await prompts.FindAsync(db, conversation.ApplicationId, conversation.PromptName, conversation.PromptVersion, cancellationToken);
        var rendered = template is null ? "" : PromptTemplateRenderer.Render(template, PromptVariables.Deserialize(conversation.PromptVariablesJson));
        var system = SystemPrompt.Compose(rendered, conversation.Summary, []);
        var history = await db.AssistantMessages.AsNoTracking()
            .Where(m => m.ConversationId == conversation.Id && m.Number > conversation.SummarizedThrough)
            .OrderBy(m => m.Number)
            .ToListAsync(cancellationToken);
        var plan = window.Plan(conversation.ContextWindowTokens, conversation.MaxTokens, system, history);
        return TypedResults.Ok(new ContextView(system, conversation.Summary, conversation.SummarizedThrough, [.. plan.Kept.Select(MessageView.From)],
            conversation.ContextWindowTokens, conversation.MaxTokens, plan.SystemTokens, plan.HistoryTokens, plan.HistoryBudget, "o200k_base"));
    }

    private static bool WantsStream(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase));

    private static async Task<Results<Ok<MessageView>, EmptyHttpResult, ProblemHttpResult, ValidationProblem>> AnswerAsync(
        RoundtableDbContext db, AssistantConversation conversation, string content, string metadata, AssistantTurnRunner turns,
        CancellationToken cancellationToken)
    {
        var outcome = await turns.RunAsync(db, conversation, content, metadata, null, cancellationToken);
        return outcome.Problem is { } problem ? problem : TypedResults.Ok(MessageView.From(outcome.Answer!));
    }

    private static async Task<Results<Ok<MessageView>, EmptyHttpResult, ProblemHttpResult, ValidationProblem>> StreamAsync(
        HttpContext http, RoundtableDbContext db, AssistantConversation conversation, string content, string metadata,
        AssistantTurnRunner turns, CancellationToken cancellationToken)
    {
        var events = ServerSentEvents.Start(http);
        // Headers go out now: the client knows the turn was accepted before the model's first token.
        await http.Response.Body.FlushAsync(cancellationToken);
        var outcome = await turns.RunAsync(db, conversation, content, metadata,
            (token, ct) => events.WriteAsync("token", new TokenEvent(token), ct), cancellationToken);
        if (outcome.Problem is { } problem)
        {
            await events.WriteAsync("error", new StreamProblemEvent(problem.ProblemDetails.Title ?? "Error", problem.StatusCode, problem.ProblemDetails.Detail), cancellationToken);
        }
        else
        {
            await events.WriteAsync("message", MessageView.From(outcome.Answer!), cancellationToken);
        }

        return TypedResults.Empty;
    }
}
