using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Roundtable.Engine.Knowledge;
using Roundtable.Engine.Prompts.Templates;
using Roundtable.Engine.Providers;
using Roundtable.Engine.Providers.Pipeline;
using Roundtable.Server.Data;
using Roundtable.Server.Knowledge;

namespace Roundtable.Server.Assistant;

/// <summary>
/// One exchange: grounds the user's message (RAG), fits the context window (folding older turns into
/// the summary), streams the model's answer token by token, and only then stores the question and the
/// answer together in one transaction. A turn that fails stores nothing, so the caller can send the
/// same message again. The caller holds the conversation's lease, so message numbers are assigned here.
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

        var question = Question(conversation, content, metadataJson);
        var sources = conversation.EnableRag
            ? await knowledge.SearchAsync(conversation.ApplicationId, content, options.Value.KnowledgeTopK, cancellationToken)
            : [];
        var client = clients.For(conversation);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(conversation.TimeoutSeconds), timeProvider);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var messages = await FitContextAsync(db, conversation, question, client, template, sources, timeout.Token);
            var answer = await AnswerAsync(client, conversation, messages, onToken, timeout.Token);
            answer.CitationsJson = sources.Count == 0 ? null : CitationJson.Serialize(CitationsOf(sources));
            Store(db, conversation, question, answer);
            await db.SaveChangesAsync(CancellationToken.None);
            return new TurnOutcome(answer, null);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new TurnOutcome(null, Problems.Timeout($"The model did not answer within {conversation.TimeoutSeconds} s. Nothing was stored; send the message again."));
        }
        catch (AllProvidersFailedException e)
        {
            LogModelFailed(logger, conversation.Id, e);
            return new TurnOutcome(null, Problems.Unavailable($"{e.Message}. Nothing was stored; send the message again."));
        }
        catch (ProviderCallException e) when (e.Kind == ProviderFaultKind.Interrupted)
        {
            LogModelInterrupted(logger, conversation.Id, e.Provider, e);
            return new TurnOutcome(null, Problems.Interrupted($"{e.Provider}'s answer broke off after it had begun. Nothing was stored; send the message again."));
        }
        catch (DbUpdateException e)
        {
            // Most likely another node stored a turn of this conversation first and the unique message number refused ours.
            LogStoreRefused(logger, conversation.Id, e);
            return new TurnOutcome(null, Problems.Conflict("The turn could not be stored; another request may have changed this conversation at the same time. Nothing was stored; send the message again."));
        }
    }

    public static IReadOnlyList<CitationView> CitationsOf(IReadOnlyList<KnowledgeHit> hits) =>
        [.. hits.Select(h => new CitationView(Guid.Parse(h.Chunk.DocumentId), h.Chunk.Title, h.Excerpt))];

    /// <summary>The system prompt and the turns that fit; turns that no longer fit are folded into the summary first.</summary>
    private async Task<List<ChatMessage>> FitContextAsync(
        RoundtableDbContext db, AssistantConversation conversation, AssistantMessage question, IChatClient client, PromptTemplate template,
        IReadOnlyList<KnowledgeHit> sources, CancellationToken cancellationToken)
    {
        var rendered = PromptTemplateRenderer.Render(template, PromptVariables.Deserialize(conversation.PromptVariablesJson));
        // The conversation row was read inside the gate: when it says nothing is left unsummarised, there is nothing to read.
        var history = conversation.MessageCount > conversation.SummarizedThrough
            ? await db.AssistantMessages.AsNoTracking()
                .Where(m => m.ConversationId == conversation.Id && m.Number > conversation.SummarizedThrough)
                .OrderBy(m => m.Number)
                .ToListAsync(cancellationToken)
            : [];
        history.Add(question);
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

    private AssistantMessage Question(AssistantConversation conversation, string content, string metadataJson) => new()
    {
        ConversationId = conversation.Id,
        Number = conversation.MessageCount + 1,
        Role = "user",
        Content = content,
        MetadataJson = metadataJson,
        CreatedAt = timeProvider.GetUtcNow(),
    };

    private void Store(RoundtableDbContext db, AssistantConversation conversation, AssistantMessage question, AssistantMessage answer)
    {
        var now = timeProvider.GetUtcNow();
        answer.Number = question.Number + 1;
        answer.CreatedAt = now;
        conversation.MessageCount = answer.Number;
        conversation.LastActivityAt = now;
        db.AssistantMessages.AddRange(question, answer);
    }

    private static ChatMessage ToChat(AssistantMessage message) =>
        new(message.Role == "user" ? ChatRole.User : ChatRole.Assistant, message.Content);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assistant: no provider answered conversation {ConversationId}")]
    private static partial void LogModelFailed(ILogger logger, Guid conversationId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assistant: {Provider}'s answer in conversation {ConversationId} broke off; the turn was not stored")]
    private static partial void LogModelInterrupted(ILogger logger, Guid conversationId, string provider, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assistant: the database refused the turn of conversation {ConversationId}")]
    private static partial void LogStoreRefused(ILogger logger, Guid conversationId, Exception exception);
}
