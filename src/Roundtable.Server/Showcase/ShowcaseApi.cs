using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Roundtable.Engine.Providers;
using Roundtable.Server.Data;

namespace Roundtable.Server.Showcase;

/// <summary>Seed 000's polling endpoints: system status and the latest conversation of a business.</summary>
public static class ShowcaseApi
{
    public static IEndpointRouteBuilder MapShowcaseApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Showcase");
        api.MapGet("/system-status", GetSystemStatus)
            .WithName("GetSystemStatus")
            .WithSummary("Scheduler state and the real health of every provider.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/live-conversation-latest", GetLatestConversation)
            .WithName("GetLatestConversation")
            .WithSummary("The latest conversation of a business (the featured one by default), published messages only.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<SystemStatusView>, ProblemHttpResult, ValidationProblem>> GetSystemStatus(
        [FromQuery(Name = "business_id")] string? businessId, RoundtableDbContext db, ShowcaseStateStore states,
        ProviderRegistry providers, IOptions<ShowcaseOptions> options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var lookup = await BusinessLookup.FindAsync(db, businessId, cancellationToken);
        if (lookup.Invalid is { } invalid)
        {
            return invalid;
        }

        if (lookup.Business is not { } business)
        {
            return lookup.NotFound!;
        }

        var state = states.Current(business, timeProvider.GetUtcNow());
        var health = providers.Health();
        return TypedResults.Ok(new SystemStatusView(
            SystemRunning: options.Value.Enabled,
            ConversationActive: state.ConversationActive,
            ConversationStatus: state.Status.ToLowerInvariant(),
            ActiveConversationsCount: states.ActiveCount,
            NextConversationTime: state.NextConversationTime,
            OfflineOnly: health.All(h => h.Kind == ProviderKind.Offline || !h.IsConfigured),
            ApiStatus: health.ToDictionary(h => h.Name.ToLowerInvariant(), ProviderStatusView.From)));
    }

    public static async Task<Results<Ok<LatestConversationView>, ProblemHttpResult, ValidationProblem>> GetLatestConversation(
        [FromQuery(Name = "business_id")] string? businessId, RoundtableDbContext db, ShowcaseStateStore states,
        TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var lookup = await BusinessLookup.FindAsync(db, businessId, cancellationToken);
        if (lookup.Invalid is { } invalid)
        {
            return invalid;
        }

        if (lookup.Business is not { } business)
        {
            return lookup.NotFound!;
        }

        var (conversation, messages) = await LatestConversation.LoadAsync(db, business.Id, cancellationToken);
        var state = states.Current(business, timeProvider.GetUtcNow());
        return TypedResults.Ok(new LatestConversationView(
            business.Id,
            business.Name,
            conversation?.Id,
            conversation?.Topic ?? "No conversations yet",
            conversation?.Status,
            state,
            messages.Select(LatestMessageView.From).ToList()));
    }
}
