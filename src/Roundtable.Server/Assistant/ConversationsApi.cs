using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Roundtable.Engine.Prompts.Templates;
using Roundtable.Server.Accounts;
using Roundtable.Server.Data;

namespace Roundtable.Server.Assistant;

/// <summary>/v1/conversations and /v1/users/{userId}/conversations: an application's sessions.</summary>
public static class ConversationsApi
{
    public static RouteGroupBuilder MapConversationsApi(this RouteGroupBuilder v1)
    {
        var conversations = v1.MapGroup("/conversations").WithTags("Conversations");
        conversations.MapPost("/", Create).WithName("CreateConversation")
            .WithSummary("Starts an ACTIVE conversation; its model settings and prompt version are pinned now.");
        conversations.MapGet("/{id}", Get).WithName("GetConversation")
            .WithSummary("A conversation; one idle longer than the session timeout is ENDED (expired).");
        conversations.MapDelete("/{id}", End).WithName("EndConversation").WithSummary("Ends a conversation; its messages are kept.");
        conversations.MapPatch("/{id}", Update).WithName("UpdateConversation")
            .WithSummary("Pauses (PAUSED), resumes (ACTIVE) or ends (ENDED) a conversation; an ENDED one stays ended (409).");
        v1.MapGet("/users/{userId}/conversations", ListForUser).WithTags("Conversations").WithName("ListUserConversations")
            .WithSummary("A user's conversations, newest first.");
        return v1;
    }

    public static Task<Results<Created<ConversationView>, ValidationProblem>> Create(
        CreateConversationRequest? request, ClaimsPrincipal user, RoundtableDbContext db, PromptLibrary prompts,
        AssistantChatClients clients, SessionExpiry expiry, IOptions<AssistantOptions> options, TimeProvider timeProvider,
        CancellationToken cancellationToken) =>
        StartAsync(ApplicationClaims.ApplicationIdOf(user), request ?? new CreateConversationRequest(), "/v1/conversations",
            db, prompts, clients, expiry, options, timeProvider, cancellationToken);

    /// <summary>Starts a conversation of <paramref name="applicationId"/>; shared by /v1 and the chat page (<paramref name="basePath"/> makes its Location).</summary>
    public static async Task<Results<Created<ConversationView>, ValidationProblem>> StartAsync(
        Guid applicationId, CreateConversationRequest request, string basePath, RoundtableDbContext db, PromptLibrary prompts,
        AssistantChatClients clients, SessionExpiry expiry, IOptions<AssistantOptions> options, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var config = request.Config ?? new ConversationConfigRequest();
        var errors = ConversationRequestValidation.Validate(request, config, clients);
        var metadata = Require.Metadata(errors, request.Metadata);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var promptName = config.Prompt ?? BuiltInPromptTemplates.AssistantDefault;
        var template = await prompts.FindAsync(db, applicationId, promptName, config.PromptVersion, cancellationToken);
        if (template is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["config.prompt"] = [$"There is no prompt template '{promptName}'."] });
        }

        var variables = PromptVariables.For(promptName, config.PromptVariables);
        var missing = PromptTemplateRenderer.Validate(template, variables.ToDictionary(v => v.Key, v => (string?)v.Value));
        if (missing.Count > 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["config.prompt_variables"] = [$"Prompt '{template.Name}' version {template.Version} needs values for: {string.Join(", ", missing)}."],
            });
        }

        var now = timeProvider.GetUtcNow();
        var conversation = new AssistantConversation
        {
            Id = Guid.CreateVersion7(now),
            ApplicationId = applicationId,
            UserId = request.UserId?.Trim(),
            Model = config.Model,
            Provider = config.Provider,
            Temperature = config.Temperature ?? 0.7f,
            MaxTokens = config.MaxTokens ?? 1024,
            EnableRag = config.EnableRag ?? false,
            TimeoutSeconds = config.TimeoutSeconds ?? 120,
            ContextWindowTokens = config.ContextWindowTokens ?? options.Value.ContextWindowTokens,
            PromptName = template.Name,
            PromptVersion = template.Version,
            PromptVariablesJson = PromptVariables.Serialize(variables),
            MetadataJson = metadata!,
            CreatedAt = now,
            LastActivityAt = now,
        };
        db.AssistantConversations.Add(conversation);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{basePath}/{conversation.Id}", ConversationView.From(conversation, expiry));
    }

    public static async Task<Results<Ok<ConversationView>, ProblemHttpResult>> Get(
        string id, ClaimsPrincipal user, RoundtableDbContext db, SessionExpiry expiry, CancellationToken cancellationToken)
    {
        var conversation = await ConversationLookup.FindAsync(db, ApplicationClaims.ApplicationIdOf(user), id, expiry, cancellationToken);
        return conversation is null
            ? Problems.NotFound(ConversationLookup.NotFoundDetail(id))
            : TypedResults.Ok(ConversationView.From(conversation, expiry));
    }

    public static Task<Results<Ok<ConversationView>, ProblemHttpResult, ValidationProblem>> End(
        string id, ClaimsPrincipal user, RoundtableDbContext db, SessionExpiry expiry, ConversationLocks locks,
        TimeProvider timeProvider, CancellationToken cancellationToken) =>
        Update(id, new UpdateConversationRequest(ConversationState.Ended), user, db, expiry, locks, timeProvider, cancellationToken);

    public static async Task<Results<Ok<ConversationView>, ProblemHttpResult, ValidationProblem>> Update(
        string id, UpdateConversationRequest? request, ClaimsPrincipal user, RoundtableDbContext db, SessionExpiry expiry,
        ConversationLocks locks, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (!ConversationStateChange.IsKnown(request?.State))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["state"] = ["'state' is ACTIVE, PAUSED or ENDED."] });
        }

        var conversation = await ConversationLookup.FindAsync(db, ApplicationClaims.ApplicationIdOf(user), id, expiry, cancellationToken);
        if (conversation is null)
        {
            return Problems.NotFound(ConversationLookup.NotFoundDetail(id));
        }

        // Wait for a turn in progress, so an answer being written is not lost.
        await using (await locks.AcquireAsync(conversation.ApplicationId, conversation.Id, cancellationToken))
        {
            await db.Entry(conversation).ReloadAsync(cancellationToken);
            if (!ConversationStateChange.TryApply(conversation, request!.State!, timeProvider.GetUtcNow()))
            {
                return Problems.Conflict($"The conversation has ended ({conversation.EndedReason}); start a new one.");
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(ConversationView.From(conversation, expiry));
    }

    public static async Task<Results<Ok<IReadOnlyList<ConversationView>>, ValidationProblem>> ListForUser(
        string userId, ClaimsPrincipal user, RoundtableDbContext db, SessionExpiry expiry, CancellationToken cancellationToken)
    {
        if (userId.Length > AssistantLimits.MaxUserIdLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["user_id"] = [$"'user_id' has at most {AssistantLimits.MaxUserIdLength} characters."] });
        }

        var applicationId = ApplicationClaims.ApplicationIdOf(user);
        var conversations = await db.AssistantConversations
            .Where(c => c.ApplicationId == applicationId && c.UserId == userId)
            .OrderByDescending(c => c.CreatedAt)
            .Take(AssistantLimits.MaxMessagesPage)
            .ToListAsync(cancellationToken);
        if (conversations.Count(expiry.EndIfExpired) > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok<IReadOnlyList<ConversationView>>([.. conversations.Select(c => ConversationView.From(c, expiry))]);
    }
}
