using System.Text.Json;
using Roundtable.Engine.Knowledge;
using Roundtable.Engine.Practice;
using Roundtable.Engine.Prompts;
using Roundtable.Engine.Providers;
using Roundtable.Server.Assistant;
using Roundtable.Server.Data;
using Roundtable.Server.Knowledge;
using Roundtable.Server.Practice.Live;
using Roundtable.Server.Practice.Meetings;
using Roundtable.Server.Practice.Salespeople;

namespace Roundtable.Server.Practice.Turns;

/// <summary>
/// One exchange of a meeting: the salesperson's line, the orchestrator's decision, and each chosen
/// representative's reply (streamed live to the room), stored together in one transaction once the
/// replies are complete — a failed exchange stores nothing and can be sent again. Exchanges of one
/// meeting run one at a time, in arrival order.
/// </summary>
public sealed class PracticeTurnRunner(
    IMeetingOrchestrator orchestrator,
    RepresentativeVoices voices,
    KnowledgeBase knowledge,
    MeetingRoom room,
    MeetingClock clock,
    MeetingGate gate)
{
    /// <summary>Material excerpts retrieved for each salesperson line.</summary>
    private const int MaterialsPerTurn = 3;

    public async Task<PracticeTurnOutcome> RunAsync(RoundtableDbContext db, Meeting meeting, string message, CancellationToken cancellationToken)
    {
        using var lease = await gate.EnterAsync(db, meeting, cancellationToken);
        if (meeting.Status != MeetingStatus.Active)
        {
            return PracticeTurnOutcome.Refused(meeting.Status == MeetingStatus.Created
                ? "The meeting has not started: POST /api/meeting/{id}/start first."
                : $"The meeting has ended ({meeting.EndedReason}); no more messages are taken.");
        }

        var (brief, salesperson) = await MeetingBriefs.LoadAsync(db, meeting, cancellationToken);
        var history = MeetingTranscripts.ToLines(await MeetingTranscripts.LoadAsync(db, meeting.Id, cancellationToken)).ToList();
        var exchange = meeting.TurnCount + 1;
        var line = new MeetingTurn
        {
            MeetingId = meeting.Id, TurnNumber = exchange, ExchangeNumber = exchange, SpeakerId = MeetingLine.SalespersonId,
            SpeakerName = salesperson.Name, SpeakerRole = "salesperson", Text = message.Trim(), CreatedAt = clock.Now,
        };
        history.Add(MeetingTranscripts.ToLine(line));
        await room.TurnAsync(meeting.Id, TurnView.Of(line, meeting.StartedAt), cancellationToken);

        var plan = await orchestrator.PlanAsync(brief, history, cancellationToken);
        var responders = plan.RepresentativeIds.Select(id => brief.Representatives.FirstOrDefault(r => r.Id == id)).OfType<Representative>().Take(2).ToList();
        await room.DecisionAsync(new DecisionEvent(meeting.Id, exchange, [.. responders.Select(r => r.Id)], plan.Reason, SourceOf(plan)), cancellationToken);

        var materials = await MaterialsForAsync(meeting, message, cancellationToken);
        var replies = new List<MeetingTurn>();
        foreach (var responder in responders)
        {
            var reply = await SpeakAsync(meeting, brief, responder, history, materials, exchange, replies.Count, cancellationToken);
            replies.Add(reply);
            history.Add(MeetingTranscripts.ToLine(reply));
        }

        db.MeetingTurns.Add(line);
        db.MeetingTurns.AddRange(replies);
        db.ResponderDecisions.Add(DecisionOf(meeting.Id, exchange, responders, plan));
        meeting.TurnCount = exchange + replies.Count;
        await db.SaveChangesAsync(cancellationToken);

        var replyViews = replies.Select(r => TurnView.Of(r, meeting.StartedAt)).ToList();
        var responses = replyViews.Select(AiResponseView.Of).ToList();
        return new PracticeTurnOutcome(
            new SendMessageResult(responses.FirstOrDefault(), responses, responses.FirstOrDefault()?.TurnNumber ?? exchange, plan.Reason, SourceOf(plan),
                TurnView.Of(line, meeting.StartedAt)),
            null);
    }

    private async Task<MeetingTurn> SpeakAsync(
        Meeting meeting, MeetingBrief brief, Representative responder, IReadOnlyList<MeetingLine> history, IReadOnlyList<KnowledgeSnippet> materials,
        int exchange, int earlierReplies, CancellationToken cancellationToken)
    {
        await room.TypingAsync(new TypingEvent(meeting.Id, responder.Id, responder.Name, responder.Role, IsTyping: true), cancellationToken);
        try
        {
            var seat = brief.Representatives.ToList().FindIndex(r => r.Id == responder.Id);
            var reply = await voices.For(seat).ReplyAsync(brief, responder, history, materials, interjection: earlierReplies > 0,
                (text, token) => new ValueTask(room.DeltaAsync(new DeltaEvent(meeting.Id, responder.Id, text), token)), cancellationToken);
            var turn = TurnOf(meeting.Id, responder, reply, exchange + earlierReplies + 1, exchange);
            await room.TurnAsync(meeting.Id, TurnView.Of(turn, meeting.StartedAt), cancellationToken);
            return turn;
        }
        finally
        {
            await room.TypingAsync(new TypingEvent(meeting.Id, responder.Id, responder.Name, responder.Role, IsTyping: false), CancellationToken.None);
        }
    }

    private async Task<IReadOnlyList<KnowledgeSnippet>> MaterialsForAsync(Meeting meeting, string message, CancellationToken cancellationToken)
    {
        var hits = await knowledge.SearchAsync(meeting.ApplicationId, SalespersonMaterials.ScopeOf(meeting.SalespersonId), message, MaterialsPerTurn, cancellationToken);
        return hits.ToSnippets();
    }

    private MeetingTurn TurnOf(Guid meetingId, Representative speaker, RepresentativeReply reply, int turnNumber, int exchange) => new()
    {
        MeetingId = meetingId,
        TurnNumber = turnNumber,
        ExchangeNumber = exchange,
        SpeakerId = speaker.Id,
        SpeakerName = speaker.Name,
        SpeakerRole = speaker.Role,
        Text = reply.Text,
        Provider = reply.Producer.Provider,
        Model = reply.Producer.Model,
        IsOffline = reply.Producer.IsOffline,
        InputTokens = reply.Producer.InputTokens,
        OutputTokens = reply.Producer.OutputTokens,
        LatencyMs = reply.Producer.Latency.TotalMilliseconds,
        CostUsd = reply.Producer.EstimatedCostUsd,
        CitationsJson = TurnView.CitationsJson([.. reply.Citations.Select(c => new CitationView(c.DocumentId, c.Title, c.Text))]),
        CreatedAt = clock.Now,
    };

    private ResponderDecision DecisionOf(Guid meetingId, int exchange, IReadOnlyList<Representative> responders, ResponderPlan plan) => new()
    {
        MeetingId = meetingId,
        ExchangeNumber = exchange,
        ResponderIdsJson = JsonSerializer.Serialize(responders.Select(r => r.Id)),
        Reason = plan.Reason,
        Source = SourceOf(plan),
        Provider = plan.Producer?.Provider,
        Model = plan.Producer?.Model,
        IsOffline = plan.Producer?.IsOffline ?? false,
        InputTokens = plan.Producer?.InputTokens ?? 0,
        OutputTokens = plan.Producer?.OutputTokens ?? 0,
        LatencyMs = plan.Producer?.Latency.TotalMilliseconds ?? 0,
        CostUsd = plan.Producer?.EstimatedCostUsd ?? 0,
        CreatedAt = clock.Now,
    };

    private static string SourceOf(ResponderPlan plan) => plan.Source.ToString().ToLowerInvariant();
}
