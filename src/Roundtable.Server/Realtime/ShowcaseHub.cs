using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Realtime;

/// <summary>
/// Live Showcase events. Visitors join a business's group with <c>join_room</c> (as seed 000's page
/// does) and receive <c>state_update</c> and <c>new_message</c>.
/// </summary>
public sealed class ShowcaseHub(IRoundtableDbContextFactory contexts, ShowcaseStateStore states, TimeProvider timeProvider) : Hub
{
    public const string Path = "/hubs/showcase";

    public static string GroupOf(int businessId) => $"business_{businessId}";

    [HubMethodName("join_room")]
    public async Task JoinRoom(RoomRequest request)
    {
        if (request is null || request.BusinessId <= 0)
        {
            throw new HubException("business_id must be a positive integer");
        }

        await using var db = contexts.CreateDbContext();
        if (!await db.Businesses.AnyAsync(b => b.Id == request.BusinessId, Context.ConnectionAborted))
        {
            throw new HubException("unknown business");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(request.BusinessId), Context.ConnectionAborted);
        if (states.Get(request.BusinessId) is { } state)
        {
            // Stamped now: the widget corrects its countdown by the server's clock.
            await Clients.Caller.SendAsync(ShowcaseEvents.StateUpdate, state with { ServerTime = timeProvider.GetUtcNow() }, Context.ConnectionAborted);
        }
    }

    [HubMethodName("leave_room")]
    public Task LeaveRoom(RoomRequest request) =>
        Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(request?.BusinessId ?? 0), Context.ConnectionAborted);
}
