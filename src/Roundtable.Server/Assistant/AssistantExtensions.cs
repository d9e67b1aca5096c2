using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.AI;
using Roundtable.Engine.Knowledge;
using Roundtable.Server.Accounts;
using Roundtable.Server.Knowledge;

namespace Roundtable.Server.Assistant;

/// <summary>The Assistant API (seed 002): applications' conversations, prompts and knowledge under /v1.</summary>
public static class AssistantExtensions
{
    public static IHostApplicationBuilder AddAssistant(this IHostApplicationBuilder builder)
    {
        builder.AddAccounts();
        builder.Services.AddOptions<AssistantOptions>().BindConfiguration(AssistantOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ITokenCounter>(TiktokenTokenCounter.O200kBase);
        builder.Services.AddSingleton(sp => new KnowledgeRetriever(
            new DocumentChunker(sp.GetRequiredService<ITokenCounter>()), sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>()));
        builder.AddKnowledgeEmbeddings();
        builder.Services.AddSingleton<KnowledgeBase>();
        builder.Services.AddSingleton<PromptLibrary>();
        builder.Services.AddSingleton<AssistantChatClients>();
        builder.Services.AddSingleton<ContextWindow>();
        builder.Services.AddSingleton<ConversationLocks>();
        builder.Services.AddSingleton<SessionExpiry>();
        builder.Services.AddSingleton<AssistantTurnRunner>();
        builder.Services.AddHostedService<AssistantStartup>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAssistantApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/v1").RequireAuthorization(AccountsExtensions.ApplicationPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem()
            // The largest valid body is a document of MaxDocumentLength characters; JSON escaping may double it.
            .WithMetadata(new RequestSizeLimitAttribute(AssistantLimits.MaxRequestBytes));
        v1.MapConversationsApi();
        v1.MapMessagesApi();
        v1.MapKnowledgeApi();
        v1.MapPromptsApi();
        return app;
    }
}
