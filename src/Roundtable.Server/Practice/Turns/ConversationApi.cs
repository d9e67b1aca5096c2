using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Roundtable.Engine.Practice;
using Roundtable.Server.Accounts;
using Roundtable.Server.Assistant;
using Roundtable.Server.Data;
using Roundtable.Server.Practice.Meetings;

namespace Roundtable.Server.Practice.Turns;

/// <summary>/api/conversation: the salesperson speaks, representatives answer; transcript and analytics.</summary>
public static class ConversationApi
{
    public static RouteGroupBuilder MapConversationApi(this RouteGroupBuilder api)
    {
        var conversation = api.MapGroup("/conversation").WithTags("Practice: conversation");
        conversation.MapPost("/send-message", Send).WithName("SendMeetingMessage")
            .WithSummary("The salesperson speaks; the orchestrator picks 0-2 representatives, who answer in order. 409 unless the meeting is active.");
        conversation.MapGet("/{meetingId}/history", History).WithName("GetMeetingHistory").WithSummary("The meeting's transcript and decisions.");
        conversation.MapGet("/{meetingId}/analytics", Analytics).WithName("GetMeetingAnalytics")
            .WithSummary("Turns, words, talk-time ratio, questions asked, longest monologue, interjections, top-5 coverage, reply latency.");
        return api;
    }

    public static async Task<Results<Ok<PracticeEnvelope<SendMessageResult>>, ValidationProblem, ProblemHttpResult>> Send(
        SendMessageRequest? request, ClaimsPrincipal user, RoundtableDbContext db, PracticeTurnRunner runner, CancellationToken cancellationToken)
    {
        var errors = Validate(request ?? new SendMessageRequest(null, null, null, null));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var meeting = await MeetingsApi.FindAsync(db, ApplicationClaims.ApplicationIdOf(user), request!.MeetingId, cancellationToken);
        if (meeting is null)
        {
            return PracticeResults.NotFound("meeting");
        }

        var outcome = await runner.RunAsync(db, meeting, request.Message!, cancellationToken);
        return outcome.Result is { } result ? PracticeResults.Ok(result) : PracticeResults.Conflict(outcome.Conflict!);
    }

    public static async Task<Results<Ok<PracticeEnvelope<HistoryView>>, ProblemHttpResult>> History(
        string meetingId, ClaimsPrincipal user, RoundtableDbContext db, MeetingGate gate, CancellationToken cancellationToken)
    {
        var meeting = await MeetingsApi.FindAsync(db, ApplicationClaims.ApplicationIdOf(user), meetingId, cancellationToken);
        if (meeting is null)
        {
            return PracticeResults.NotFound("meeting");
        }

        await gate.EndIfDueAsync(db, meeting, cancellationToken);
        var turns = await MeetingTranscripts.LoadAsync(db, meeting.Id, cancellationToken);
        var decisions = await db.ResponderDecisions.AsNoTracking().Where(d => d.MeetingId == meeting.Id).OrderBy(d => d.ExchangeNumber).ToListAsync(cancellationToken);
        var salespersonWords = turns.Where(t => t.SpeakerId == MeetingLine.SalespersonId).Sum(t => MeetingAnalyzer.CountWords(t.Text));
        return PracticeResults.Ok(new HistoryView(
            meeting.Id, meeting.Status, [.. turns.Select(t => TurnView.Of(t, meeting.StartedAt))], turns.Count,
            salespersonWords, turns.Sum(t => MeetingAnalyzer.CountWords(t.Text)) - salespersonWords, MeetingAnalyzer.WordsBasis, [.. decisions.Select(DecisionView.Of)]));
    }

    public static async Task<Results<Ok<PracticeEnvelope<AnalyticsView>>, ProblemHttpResult>> Analytics(
        string meetingId, ClaimsPrincipal user, RoundtableDbContext db, CancellationToken cancellationToken)
    {
        var meeting = await MeetingsApi.FindAsync(db, ApplicationClaims.ApplicationIdOf(user), meetingId, cancellationToken);
        if (meeting is null)
        {
            return PracticeResults.NotFound("meeting");
        }

        var transcript = MeetingTranscripts.ToLines(await MeetingTranscripts.LoadAsync(db, meeting.Id, cancellationToken));
        var questions = JsonSerializer.Deserialize<string[]>(meeting.TopQuestionsJson) ?? [];
        return PracticeResults.Ok(AnalyticsView.Of(meeting.Id, MeetingAnalyzer.Analyze(transcript, questions)));
    }

    private static Dictionary<string, string[]> Validate(SendMessageRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (PracticeIds.Parse(request.MeetingId) is null)
        {
            errors["meeting_id"] = ["'meeting_id' is the id of one of your meetings."];
        }

        if (request.Speaker is not null && request.Speaker != MeetingLine.SalespersonId)
        {
            errors["speaker"] = ["'speaker' is \"salesperson\": the representatives are played by the AI."];
        }

        Require.Text(errors, "message", request.Message, PracticeLimits.MaxMessageLength);
        if (request.AudioData is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined })
        {
            errors["audio_data"] = ["Voice input is not available yet: send the message as text and leave 'audio_data' null."];
        }

        return errors;
    }
}
