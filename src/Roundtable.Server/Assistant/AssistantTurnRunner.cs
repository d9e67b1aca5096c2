using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Roundtable.Engine.Knowledge;
using Roundtable.Engine.Prompts.Templates;
using Roundtable.Engine.Providers;
using Roundtable.Server.Data;
using Roundtable.Server.Knowledge;

namespace Roundtable.Server.Assistant;

/// <summary>
/// One exchange: stores the user's message, grounds it (RAG), fits the context window (folding older
/// turns into the summary), streams the model's answer token by token and stores it. The caller
/// holds the conversation's lease.
/// </summary>
public sealed partial class AssistantTurnRunner(
    AssistantChatClients clients, PromptLibrary prompts, KnowledgeBase knowledge, ContextWindow window,
    TimeProvider timeProvider, IOptions<AssistantOptions> options, ILogger<AssistantTurnRunner> logger)
{
    public async Task<TurnOutcome> RunAsync(
        RoundtableDbContext db, AssistantConversation conversation, string content, string metadataJson,
        Func<string, CancellationToken, ValueTask>? onToken, CancellationToken cancellationToken)
    {
        var template = await prompts.FindAsync(db, conversation.ApplicationId, conversation.PromptName, conversation.PromptVersion, cancellationToken);
        if (template is null)
        {
            return new TurnOutcome(null, Problems.Conflict($"The conversation's prompt '{conversation.PromptName}' version {conversation.PromptVersion} no longer exists."));
        }

        StoreUserMessage(db, conversation, content, metadataJson);
        await db.SaveChangesAsync(cancellationToken);
        var sources = conversation.EnableRag
            ? await knowledge.SearchAsync(conversation.ApplicationId, content, options.Value.KnowledgeTopK, cancellationToken)
            : [];
        var client = clients.For(conversation);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(conversation.TimeoutSeconds));
        try
        {
            var messages = await FitContextAsync(db, conversation, client, template, sources, timeout.Token);
            var answer = await AnswerAsync(client, conversation, messages, onToken, timeout.Token);
            answer.CitationsJson = sources.Count == 0 ? null : CitationJson.Serialize(CitationsOf(sources));
            StoreAnswer(db, conversation, answer);
            await db.SaveChangesAsync(CancellationToken.None);
            return new TurnOutcome(answer, null);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await db.SaveChangesAsync(CancellationToken.None);
            return new TurnOutcome(null, Problems.Timeout($"The model did not answer within {conversation.TimeoutSeconds} s."));
        }
        catch (AllProvidersFailedException e)
        {
            LogModelFailed(logger, conversation.Id, e);
            return new TurnOutcome(null, Problems.Unavailable(e.Message));
        }
    }

    public static IReadOnlyList<CitationView> CitationsOf(IReadOnlyList<KnowledgeHit> hits) =>
        [.. hits.Select(h => new CitationView(Guid.Parse(h.Chunk.DocumentId), h.Chunk.Title, h.Excerpt))];

    /// <summary>The system prompt and the turns that fit; turns that no longer fit are folded into the summary first.</summary>
    private async Task<List<ChatMessage>> FitContextAsync(
        RoundtableDbContext db, AssistantConversation conversation, IChatClient client, PromptTemplate template,
        IReadOnlyList<KnowledgeHit> sources, CancellationToken cancellationToken)
    {
        var rendered = PromptTemplateRenderer.Render(template, PromptVariables.Deserialize(conversation.PromptVariablesJson));
        var history = await db.AssistantMessages.AsNoTracking()
            .Where(m => m.ConversationId == conversation.Id && m.Number > conversation.SummarizedThrough)
            .OrderBy(m => m.Number)
            .ToListAsync(cancellationToken);
        var system = SystemPrompt.Compose(rendered, conversation.Summary, sources);
        var plan = window.Plan(conversation.ContextWindowTokens, conversation.MaxTokens, system, history);
        if (plan.Folded.Count > 0)
        {
            conversation.Summary = await ConversationSummarizer.FoldAsync(client, conversation.Summary, plan.Folded, cancellationToken);
            conversation.SummarizedThrough = plan.Folded[^1].Number;
            system = SystemPrompt.Compose(rendered, conversation.Summary, sources);
            plan = window.Plan(conversation.ContextWindowTokens, conversation.MaxTokens, system, plan.Kept);
        }

        return [new ChatMessage(ChatRole.System, system), .. plan.Kept.Select(ToChat)];
    }

    private async Task<AssistantMessage> AnswerAsync(
        IChatClient client, AssistantConversation conversation, List<ChatMessage> messages,
        Func<string, CancellationToken, ValueTask>? onToken, CancellationToken cancellationToken)
    {
        var chatOptions = new ChatOptions { Temperature = conversation.Temperature, MaxOutputTokens = conversation.MaxTokens };
        var updates = new List<ChatResponseUpdate>();
        MessageProducer? producer = null;
        await foreach (var update in client.GetStreamingResponseAsync(messages, chatOptions, cancellationToken))
        {
            updates.Add(update);
            producer = MessageProducer.From(update) ?? producer;
            if (onToken is not null && !string.IsNullOrEmpty(update.Text))
            {
                await onToken(update.Text, cancellationToken);
            }
        }

        var response = updates.ToChatResponse();
        producer ??= MessageProducer.From(response);
        return new AssistantMessage
        {
            ConversationId = conversation.Id,
            Role = "assistant",
            Content = response.Text,
            MetadataJson = JsonText.EmptyObject,
            Provider = producer?.Provider ?? "unknown",
            Model = producer?.Model ?? conversation.Model ?? "unknown",
            IsOffline = producer?.IsOffline ?? false,
            InputTokens = producer?.InputTokens ?? 0,
            OutputTokens = producer?.OutputTokens ?? 0,
            LatencyMs = producer?.Latency.TotalMilliseconds ?? 0,
            CostUsd = producer?.EstimatedCostUsd ?? 0,
        };
    }

    private void StoreUserMessage(RoundtableDbContext db, AssistantConversation conversation, string content, string metadataJson)
    {
        var now = timeProvider.GetUtcNow();
        conversation.MessageCount++;
        conversation.LastActivityAt = now;
        db.AssistantMessages.Add(new AssistantMessage
        {
            ConversationId = conversation.Id,
            Number = conversation.MessageCount,
            Role = "user",
            Content = content,
            MetadataJson = metadataJson,
            CreatedAt = now,
        });
    }

    private void StoreAnswer(RoundtableDbContext db, AssistantConversation conversation, AssistantMessage answer)
    {
        var now = timeProvider.GetUtcNow();
        conversation.MessageCount++;
        conversation.LastActivityAt = now;
        answer.Number = conversation.MessageCount;
        answer.CreatedAt = now;
        db.AssistantMessages.Add(answer);
    }

    private static ChatMessage ToChat(AssistantMessage message) =>
        new(message.Role == "user" ? ChatRole.User : ChatRole.Assistant, message.Content);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assistant: no provider answered conversation {ConversationId}")]
    private static partial void LogModelFailed(ILogger logger, Guid conversationId, Exception exception);
}
