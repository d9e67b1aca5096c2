using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Roundtable.Server.Assistant;
using Roundtable.Server.Data;

namespace Roundtable.Server.Chat;

/// <summary>
/// /chat/api: what the chat page calls instead of /v1, so no API key reaches the browser. The demo application
/// is resolved here, a visitor reaches only the conversations it started, and the work is done by the
/// same handlers as /v1.
/// </summary>
public static class ChatPageApi
{
    public const string BasePath = "/chat/api/conversations";

    public static IEndpointRouteBuilder MapChatPageApi(this IEndpointRouteBuilder app)
    {
        var conversations = app.MapGroup(BasePath).WithTags("Chat page")
            .AddEndpointFilter<AntiforgeryHeaderFilter>()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ChatPageExtensions.MaxRequestBytes))
            .ExcludeFromDescription();
        conversations.MapPost("/", Start).WithName("StartChatPageConversation")
            .WithSummary("Starts a conversation with the demo assistant for this visitor.")
            .RequireRateLimiting(ChatPageExtensions.ConversationsPolicy);
        conversations.MapPost("/{id}/messages", Send).WithName("SendChatPageMessage")
            .WithSummary("Sends the visitor's message; with 'Accept: text/event-stream' streams 'token' events, then 'message'.")
            .RequireRateLimiting(ChatPageExtensions.MessagesPolicy);
        return app;
    }

    public static async Task<Results<Created<ConversationView>, ValidationProblem, ProblemHttpResult>> Start(
        HttpContext http, DemoAssistant demo, RoundtableDbContext db, PromptLibrary prompts, AssistantChatClients clients,
        SessionExpiry expiry, IOptions<AssistantOptions> options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (await demo.ApplicationIdAsync(db, cancellationToken) is not { } applicationId)
        {
            return DemoMissing();
        }

        var visitor = ChatVisitor.Ensure(http);
        var started = await ConversationsApi.StartAsync(applicationId, demo.ConversationFor(visitor), BasePath,
            db, prompts, clients, expiry, options, timeProvider, cancellationToken);
        return started.Result switch
        {
            Created<ConversationView> created => created,
            ValidationProblem invalid => invalid,
            var other => throw new InvalidOperationException($"Unexpected result {other.GetType().Name}."),
        };
    }

    public static async Task<Results<Ok<MessageView>, EmptyHttpResult, ProblemHttpResult, ValidationProblem>> Send(
        string id, SendMessageRequest? request, HttpContext http, DemoAssistant demo, RoundtableDbContext db, SessionExpiry expiry,
        ConversationLocks locks, AssistantTurnRunner turns, CancellationToken cancellationToken)
    {
        if (await demo.ApplicationIdAsync(db, cancellationToken) is not { } applicationId)
        {
            return DemoMissing();
        }

        // Without the visitor's cookie there is nothing of theirs to post into: the same 404 as a stranger's id.
        if (ChatVisitor.UserIdOf(http.Request) is not { } visitor)
        {
            return Problems.NotFound(ConversationLookup.NotFoundDetail(id));
        }

        return await MessagesApi.SendAsync(new ConversationScope(applicationId, visitor), id, request, http, db, expiry, locks, turns, cancellationToken);
    }

    private static ProblemHttpResult DemoMissing() => TypedResults.Problem(
        title: "Demo unavailable",
        detail: "The demo assistant is not set up on this server (Assistant:SeedDemoData is off).",
        statusCode: StatusCodes.Status503ServiceUnavailable);
}
