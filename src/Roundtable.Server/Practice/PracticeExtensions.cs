using Microsoft.AspNetCore.Mvc;
using Roundtable.Engine.Practice;
using Roundtable.Server.Accounts;
using Roundtable.Server.Assistant;
using Roundtable.Server.Practice.Companies;
using Roundtable.Server.Practice.Live;
using Roundtable.Server.Practice.Meetings;
using Roundtable.Server.Practice.Materials;
using Roundtable.Server.Practice.Research;
using Roundtable.Server.Practice.Salespeople;
using Roundtable.Server.Practice.Scorecards;
using Roundtable.Server.Practice.Turns;
using Roundtable.Server.Practice.Workspace;

namespace Roundtable.Server.Practice;

/// <summary>Practice (seed 003): salespeople rehearse meetings with AI company representatives, under /api.</summary>
public static class PracticeExtensions
{
    /// <summary>An application's key (Bearer) or the Practice pages' workspace cookie.</summary>
    public const string Policy = "PracticeCaller";

    public static IHostApplicationBuilder AddPractice(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PracticeOptions>().BindConfiguration(PracticeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddAuthentication().AddPracticeWorkspaceCookie();
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName, PracticeWorkspace.Scheme)
            .RequireClaim(ApplicationClaims.ApplicationId));
        builder.Services.AddRateLimiter(WorkspaceRateLimit.AddTo);
        builder.AddPracticeMaterials();
        builder.AddCompanyResearch();
        builder.Services.AddSingleton<PracticeChatClients>();
        builder.Services.AddSingleton<IMeetingOrchestrator>(sp => new MeetingOrchestrator(sp.GetRequiredService<PracticeChatClients>().Orchestrator));
        builder.Services.AddSingleton<RepresentativeVoices>();
        builder.Services.AddSingleton<IStrategicQuestionPlanner>(sp => new StrategicQuestionPlanner(sp.GetRequiredService<PracticeChatClients>().Analyst));
        builder.Services.AddSingleton<IScorecardWriter>(sp => new ScorecardWriter(sp.GetRequiredService<PracticeChatClients>().Analyst));
        builder.Services.AddSingleton<MeetingClock>();
        builder.Services.AddSingleton<MeetingGate>();
        builder.Services.AddSingleton<MeetingTimers>();
        builder.Services.AddSingleton<MeetingRoom>();
        builder.Services.AddSingleton<MeetingScorecards>();
        builder.Services.AddSingleton<PracticeTurnRunner>();
        builder.Services.AddScoped<CompanyResearchIntake>();
        builder.Services.AddScoped<MaterialIntake>();
        builder.Services.AddSingleton<DemoWorkspace>();
        builder.Services.AddHostedService<PracticeStartup>();
        return builder;
    }

    public static WebApplication MapPracticeApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Policy)
            .AddEndpointFilter<WorkspaceAntiforgeryFilter>()
            .RequireRateLimiting(WorkspaceRateLimit.Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesValidationProblem()
            .WithMetadata(new RequestSizeLimitAttribute(PracticeLimits.MaxJsonRequestBytes));
        api.MapSalespeopleApi();
        api.MapCompaniesApi();
        api.MapRepresentativesApi();
        api.MapMeetingsApi();
        api.MapConversationApi();
        app.MapHub<PracticeHub>(PracticeHub.Path);
        return app;
    }
}
