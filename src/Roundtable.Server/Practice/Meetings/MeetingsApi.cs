using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Roundtable.Engine.Practice;
using Roundtable.Server.Accounts;
using Roundtable.Server.Assistant;
using Roundtable.Server.Data;
using Roundtable.Server.Practice.Companies;
using Roundtable.Server.Practice.Live;
using Roundtable.Server.Practice.Scorecards;

namespace Roundtable.Server.Practice.Meetings;

/// <summary>/api/meeting: create (with the top 5 questions), start, end (with the scorecard), read.</summary>
public static class MeetingsApi
{
    public static RouteGroupBuilder MapMeetingsApi(this RouteGroupBuilder api)
    {
        var meetings = api.MapGroup("/meeting").WithTags("Practice: meetings");
        meetings.MapPost("/create", Create).WithName("CreateMeeting")
            .WithSummary("Creates a meeting; the representatives must match the mode and belong to the company. Returns top_5_questions.");
        meetings.MapGet("/{id}", Get).WithName("GetMeeting").WithSummary("A meeting; one past its duration_minutes has ended itself.");
        meetings.MapPost("/{id}/start", Start).WithName("StartMeeting").WithSummary("Starts the meeting's clock; starting an active meeting changes nothing.");
        meetings.MapPost("/{id}/end", End).WithName("EndMeeting").WithSummary("Ends the meeting and writes its scorecard.");
        meetings.MapGet("/{id}/scorecard", Scorecard).WithName("GetScorecard")
            .WithSummary("The scorecard of an ended meeting: five criteria, 0-10 each, with reasons quoting the meeting.");
        return api;
    }

    public static async Task<Results<Created<PracticeEnvelope<MeetingView>>, ValidationProblem, ProblemHttpResult>> Create(
        CreateMeetingRequest? request, ClaimsPrincipal user, RoundtableDbContext db, IStrategicQuestionPlanner planner,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        request ??= new CreateMeetingRequest(null, null, null, null, null, null, null);
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var applicationId = ApplicationClaims.ApplicationIdOf(user);
        var salespersonId = PracticeIds.Parse(request.SalespersonId)!.Value;
        var salesperson = await db.Salespeople.AsNoTracking().Include(s => s.Materials)
            .FirstOrDefaultAsync(s => s.Id == salespersonId && s.ApplicationId == applicationId, cancellationToken);
        if (salesperson is null)
        {
            return PracticeResults.NotFound("salesperson");
        }

        var company = await CompaniesApi.FindAsync(db, applicationId, request.CompanyId, cancellationToken);
        if (company is null)
        {
            return PracticeResults.NotFound("company");
        }

        var ids = request.Representatives!.Select(id => Guid.Parse(id)).ToList();
        var representatives = await db.Representatives.AsNoTracking().Where(r => ids.Contains(r.Id) && r.CompanyId == company.Id).ToListAsync(cancellationToken);
        if (representatives.Count != ids.Count)
        {
            return PracticeResults.Invalid("representatives", $"Every representative must belong to the company {company.Id}; add them with POST /api/company/{company.Id}/representatives.");
        }

        var ordered = ids.Select(id => representatives.First(r => r.Id == id)).ToList();
        var difficulty = request.Difficulty ?? MeetingDifficulties.Intermediate;
        var duration = request.DurationMinutes ?? 30;
        var brief = await MeetingBriefs.BuildAsync(db, salesperson, company, ordered, request.MeetingGoal!.Trim(), difficulty, duration, [], cancellationToken);
        var questions = await planner.PlanAsync(brief, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var meeting = new Meeting
        {
            Id = Guid.CreateVersion7(now),
            ApplicationId = applicationId,
            SalespersonId = salesperson.Id,
            CompanyId = company.Id,
            Mode = request.MeetingMode!,
            RepresentativeIdsJson = JsonSerializer.Serialize(ids),
            Goal = brief.Goal,
            Difficulty = difficulty,
            DurationMinutes = duration,
            TopQuestionsJson = JsonSerializer.Serialize(questions.Questions),
            TopQuestionsBy = questions.Producer.Label,
            CreatedAt = now,
        };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return PracticeResults.Created($"/api/meeting/{meeting.Id}", MeetingView.Of(meeting, ordered));
    }

    public static async Task<Results<Ok<PracticeEnvelope<MeetingView>>, ProblemHttpResult>> Get(
        string id, ClaimsPrincipal user, RoundtableDbContext db, MeetingGate gate, CancellationToken cancellationToken)
    {
        var meeting = await FindAsync(db, ApplicationClaims.ApplicationIdOf(user), id, cancellationToken);
        if (meeting is null)
        {
            return PracticeResults.NotFound("meeting");
        }

        await gate.EndIfDueAsync(db, meeting, cancellationToken);

        return PracticeResults.Ok(await ViewAsync(db, meeting, cancellationToken));
    }

    public static async Task<Results<Ok<PracticeEnvelope<MeetingView>>, ProblemHttpResult>> Start(
        string id, ClaimsPrincipal user, RoundtableDbContext db, MeetingClock clock, MeetingRoom room,
        MeetingGate gate, MeetingTimers timers, CancellationToken cancellationToken)
    {
        var meeting = await FindAsync(db, ApplicationClaims.ApplicationIdOf(user), id, cancellationToken);
        if (meeting is null)
        {
            return PracticeResults.NotFound("meeting");
        }

        using var lease = await gate.EnterAsync(db, meeting, cancellationToken);
        if (meeting.Status == MeetingStatus.Ended)
        {
            return PracticeResults.Conflict($"The meeting has ended ({meeting.EndedReason}); create a new meeting to practise again.");
        }

        if (meeting.Status == MeetingStatus.Created)
        {
            meeting.Status = MeetingStatus.Active;
            meeting.StartedAt = clock.Now;
            await db.SaveChangesAsync(cancellationToken);
            timers.Schedule(meeting);
            await room.StateChangedAsync(meeting, cancellationToken);
        }

        return PracticeResults.Ok(await ViewAsync(db, meeting, cancellationToken));
    }

    public static async Task<Results<Ok<PracticeEnvelope<MeetingView>>, ProblemHttpResult>> End(
        string id, ClaimsPrincipal user, RoundtableDbContext db, MeetingClock clock, MeetingScorecards scorecards, MeetingRoom room,
        MeetingGate gate, CancellationToken cancellationToken)
    {
        var meeting = await FindAsync(db, ApplicationClaims.ApplicationIdOf(user), id, cancellationToken);
        if (meeting is null)
        {
            return PracticeResults.NotFound("meeting");
        }

        using var lease = await gate.EnterAsync(db, meeting, cancellationToken);
        var changed = meeting.Status != MeetingStatus.Ended;
        if (changed)
        {
            meeting.Status = MeetingStatus.Ended;
            meeting.EndedReason = MeetingClock.EndedByUser;
            meeting.EndedAt = clock.Now;
        }

        await scorecards.EnsureAsync(db, meeting, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (changed)
        {
            await room.StateChangedAsync(meeting, cancellationToken);
        }

        return PracticeResults.Ok(await ViewAsync(db, meeting, cancellationToken));
    }

    public static async Task<Results<Ok<PracticeEnvelope<ScorecardView>>, ProblemHttpResult>> Scorecard(
        string id, ClaimsPrincipal user, RoundtableDbContext db, MeetingScorecards scorecards, MeetingGate gate, CancellationToken cancellationToken)
    {
        var meeting = await FindAsync(db, ApplicationClaims.ApplicationIdOf(user), id, cancellationToken);
        if (meeting is null)
        {
            return PracticeResults.NotFound("meeting");
        }

        using var lease = await gate.EnterAsync(db, meeting, cancellationToken);
        if (meeting.Status != MeetingStatus.Ended)
        {
            return PracticeResults.Conflict("The scorecard is written when the meeting ends: POST /api/meeting/{id}/end.");
        }

        var view = await scorecards.EnsureAsync(db, meeting, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return PracticeResults.Ok(view);
    }

    /// <summary>The application's meeting with that id (tracked), or null; another application's meeting is "not found" too.</summary>
    public static async Task<Meeting?> FindAsync(RoundtableDbContext db, Guid applicationId, string? id, CancellationToken cancellationToken) =>
        PracticeIds.Parse(id) is { } meetingId
            ? await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId && m.ApplicationId == applicationId, cancellationToken)
            : null;

    private static async Task<MeetingView> ViewAsync(RoundtableDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        var ids = MeetingView.RepresentativeIdsOf(meeting);
        var representatives = await db.Representatives.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        return MeetingView.Of(meeting, representatives);
    }

    private static Dictionary<string, string[]> Validate(CreateMeetingRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (PracticeIds.Parse(request.SalespersonId) is null)
        {
            errors["salesperson_id"] = ["'salesperson_id' is the id of one of your salespeople."];
        }

        if (PracticeIds.Parse(request.CompanyId) is null)
        {
            errors["company_id"] = ["'company_id' is the id of one of your companies."];
        }

        if (request.MeetingMode is null || !MeetingModes.RepresentativeCounts.TryGetValue(request.MeetingMode, out var seats))
        {
            errors["meeting_mode"] = ["'meeting_mode' is 1-on-1, 1-on-2 or 1-on-3."];
            seats = 0;
        }

        var representatives = request.Representatives ?? [];
        if (representatives.Any(r => PracticeIds.Parse(r) is null) || representatives.Distinct(StringComparer.OrdinalIgnoreCase).Count() != representatives.Count)
        {
            errors["representatives"] = ["'representatives' lists distinct representative ids."];
        }
        else if (seats > 0 && representatives.Count != seats)
        {
            errors["representatives"] = [$"A {request.MeetingMode} meeting has exactly {seats} representative{(seats == 1 ? "" : "s")}; {representatives.Count} given."];
        }

        Require.Text(errors, "meeting_goal", request.MeetingGoal, PracticeLimits.MaxGoalLength);
        Require.Range(errors, "duration_minutes", request.DurationMinutes, PracticeLimits.MinDurationMinutes, PracticeLimits.MaxDurationMinutes);
        if (request.Difficulty is not null && !MeetingDifficulties.All.Contains(request.Difficulty))
        {
            errors["difficulty"] = [$"'difficulty' is one of {string.Join(", ", MeetingDifficulties.All)}."];
        }

        return errors;
    }
}
