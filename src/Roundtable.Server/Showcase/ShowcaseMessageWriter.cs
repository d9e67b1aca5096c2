using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Roundtable.Engine.Agents;
using Roundtable.Engine.Conversations;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Providers;
using Roundtable.Server.Conversations;
using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>
/// Writes a Showcase conversation's messages in order, each once, usually ahead of its planned time.
/// Writing is serialised per conversation (the scheduler and the look-ahead never write the same
/// message twice; the unique (conversation, number) index guards across nodes). A draft's messages
/// stay in memory until the conversation starts; a started conversation's are stored at once.
/// </summary>
public sealed partial class ShowcaseMessageWriter(
    IRoundtableDbContextFactory contexts,
    ShowcaseWriteQueue writes,
    PromptBuilder prompts,
    AgentClients clients,
    TimeProvider timeProvider,
    IOptions<ShowcaseOptions> options,
    ILogger<ShowcaseMessageWriter> logger)
{
    /// <summary>
    /// Makes sure messages 1..<paramref name="upTo"/> are written. <paramref name="urgent"/> when a
    /// message is due now (the scheduler), not ahead of time (the look-ahead).
    /// </summary>
    public async Task EnsureWrittenAsync(ConversationRun run, int upTo, bool urgent, CancellationToken cancellationToken)
    {
        upTo = Math.Min(upTo, run.Plan.MessageCount);
        if (run.Written >= upTo)
        {
            return;
        }

        await run.WritingGate.WaitAsync(cancellationToken);
        try
        {
            if (run.Written >= upTo)
            {
                return;
            }

            var history = await HistoryAsync(run, cancellationToken);
            while (history.Count < upTo)
            {
                var message = await ComposeAsync(run, history, history.Count + 1, cancellationToken);
                await AddAsync(run, message, urgent);
                history.Add(Turn(message));
            }
        }
        finally
        {
            run.WritingGate.Release();
        }
    }

    /// <summary>Stores messages that were drafted while the conversation's start was being written.</summary>
    public async Task StoreAsync(ConversationRun run, IReadOnlyList<ConversationMessage> drafts)
    {
        foreach (var draft in drafts)
        {
            run.Stored(await StoreAsync(draft, run.ConversationId!.Value, urgent: true));
        }
    }

    private async Task AddAsync(ConversationRun run, ConversationMessage message, bool urgent)
    {
        if (!run.TryAddDraft(message))
        {
            run.AddStored(await StoreAsync(message, run.ConversationId!.Value, urgent));
        }
    }

    private Task<ConversationMessage> StoreAsync(ConversationMessage message, int conversationId, bool urgent) =>
        writes.WriteAsync((db, _) =>
        {
            var row = StoredMessage.Of(message, conversationId, publishedAt: null);
            db.ConversationMessages.Add(row);
            return Task.FromResult(row);
        }, urgent);

    /// <summary>The messages before the first unwritten one: public ones from the database, the rest from memory.</summary>
    private async Task<List<ConversationTurn>> HistoryAsync(ConversationRun run, CancellationToken cancellationToken)
    {
        var (published, unpublished) = run.Snapshot();
        var history = new List<ConversationTurn>(run.Plan.MessageCount);
        if (published > 0)
        {
            await using var db = contexts.CreateDbContext();
            history.AddRange(await db.ConversationMessages.AsNoTracking()
                .Where(m => m.ConversationId == run.ConversationId && m.MessageNumber <= published)
                .OrderBy(m => m.MessageNumber)
                .Select(m => new ConversationTurn { Number = m.MessageNumber, SpeakerId = m.AgentType, SpeakerName = m.AgentName, Text = m.Content })
                .ToListAsync(cancellationToken));
        }

        history.AddRange(unpublished.Select(Turn));
        return history;
    }

    private async Task<ConversationMessage> ComposeAsync(ConversationRun run, IReadOnlyList<ConversationTurn> history, int number,
        CancellationToken cancellationToken)
    {
        var agents = ShowcaseAgents.Default;
        var speaker = agents[(number - 1) % agents.Count];
        var next = number < run.Plan.MessageCount ? agents[number % agents.Count] : null;
        var setting = new ConversationSetting
        {
            Topic = run.Topic,
            Business = Profile(run.Business),
            TotalMessages = run.Plan.MessageCount,
            MinWords = options.Value.MinWords,
            MaxWords = options.Value.MaxWords,
            Seed = run.Seed,
        };
        var prompt = prompts.Build(speaker, setting, history, next);
        var response = await clients.For(speaker).GetResponseAsync(prompt.Messages, prompt.Options, cancellationToken);
        var producer = MessageProducer.From(response)!;
        LogWritten(logger, run.Business.Id, run.Plan.Index, number, producer.Label);
        return new ConversationMessage
        {
            AgentName = speaker.Name,
            AgentType = speaker.Id,
            Content = response.Text.Trim(),
            MessageNumber = number,
            RoundNumber = (number - 1) / agents.Count + 1,
            CreatedAt = timeProvider.GetUtcNow(),
            PlannedAt = run.Plan.MessageTimes[number - 1],
            Provider = producer.Provider,
            Model = producer.Model,
            IsOffline = producer.IsOffline,
            InputTokens = producer.InputTokens,
            OutputTokens = producer.OutputTokens,
            LatencyMs = producer.Latency.TotalMilliseconds,
            TimeToFirstTokenMs = producer.TimeToFirstToken?.TotalMilliseconds,
            CostUsd = producer.EstimatedCostUsd,
            FellBack = producer.FellBack,
            FallbackReason = producer.FallbackReason,
            CitationsJson = CitationsOf(response),
        };
    }

    private static ConversationTurn Turn(ConversationMessage message) => new()
    {
        Number = message.MessageNumber,
        SpeakerId = message.AgentType,
        SpeakerName = message.AgentName,
        Text = message.Content,
    };

    private static BusinessProfile Profile(Business business) => new()
    {
        Name = business.Name,
        Industry = business.Industry,
        Location = business.Location,
        Website = business.Website,
        Phone = business.Phone,
        Description = business.Description,
    };

    private static string? CitationsOf(ChatResponse response)
    {
        var citations = response.Citations();
        return citations.Count == 0
            ? null
            : JsonSerializer.Serialize(citations.Select(c => new { title = c.Title, url = c.Url?.ToString(), snippet = c.Snippet }));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Showcase business {BusinessId}, slot {Index}: message {Number} written by {Producer}")]
    private static partial void LogWritten(ILogger logger, int businessId, int index, int number, string producer);
}
