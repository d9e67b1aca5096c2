using System.Collections.Concurrent;
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
/// Writes a Showcase conversation's messages in order, each stored once, possibly ahead of its
/// planned time. Writing is serialised per conversation, so the scheduler and the look-ahead never
/// write the same message twice; the unique (conversation, number) index guards across nodes.
/// </summary>
public sealed partial class ShowcaseMessageWriter(
    IRoundtableDbContextFactory contexts,
    PromptBuilder prompts,
    AgentClients clients,
    TimeProvider timeProvider,
    IOptions<ShowcaseOptions> options,
    ILogger<ShowcaseMessageWriter> logger)
{
    private readonly ConcurrentDictionary<int, SemaphoreSlim> gates = new();

    /// <summary>Makes sure messages 1..<paramref name="upTo"/> exist; returns them in order.</summary>
    public async Task<IReadOnlyList<ConversationMessage>> EnsureWrittenAsync(ConversationWork work, int upTo, CancellationToken cancellationToken)
    {
        var gate = gates.GetOrAdd(work.ConversationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = contexts.CreateDbContext();
            var written = await db.ConversationMessages.AsNoTracking()
                .Where(m => m.ConversationId == work.ConversationId)
                .OrderBy(m => m.MessageNumber)
                .ToListAsync(cancellationToken);
            for (var number = written.Count + 1; number <= Math.Min(upTo, work.Plan.MessageCount); number++)
            {
                var message = await WriteAsync(work, written, number, cancellationToken);
                db.ConversationMessages.Add(message);
                await db.SaveChangesAsync(cancellationToken);
                db.Entry(message).State = EntityState.Detached;
                written.Add(message);
            }

            return written;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The conversation is over: drop what was kept to serialise its writing.</summary>
    public void Forget(int conversationId) => gates.TryRemove(conversationId, out _);

    private async Task<ConversationMessage> WriteAsync(ConversationWork work, IReadOnlyList<ConversationMessage> written, int number, CancellationToken cancellationToken)
    {
        var agents = ShowcaseAgents.Default;
        var speaker = agents[(number - 1) % agents.Count];
        var next = number < work.Plan.MessageCount ? agents[number % agents.Count] : null;
        var history = written.Select(m => new ConversationTurn
        {
            Number = m.MessageNumber,
            SpeakerId = m.AgentType,
            SpeakerName = m.AgentName,
            Text = m.Content,
        }).ToList();
        var setting = new ConversationSetting
        {
            Topic = work.Topic,
            Business = Profile(work.Business),
            TotalMessages = work.Plan.MessageCount,
            MinWords = options.Value.MinWords,
            MaxWords = options.Value.MaxWords,
            Seed = work.Seed,
        };
        var prompt = prompts.Build(speaker, setting, history, next);
        var response = await clients.For(speaker).GetResponseAsync(prompt.Messages, prompt.Options, cancellationToken);
        var producer = MessageProducer.From(response)!;
        LogWritten(logger, work.ConversationId, number, producer.Label);
        return new ConversationMessage
        {
            ConversationId = work.ConversationId,
            AgentName = speaker.Name,
            AgentType = speaker.Id,
            Content = response.Text.Trim(),
            MessageNumber = number,
            RoundNumber = (number - 1) / agents.Count + 1,
            CreatedAt = timeProvider.GetUtcNow(),
            PlannedAt = work.Plan.MessageTimes[number - 1],
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Showcase conversation {ConversationId}: message {Number} written by {Producer}")]
    private static partial void LogWritten(ILogger logger, int conversationId, int number, string producer);
}
