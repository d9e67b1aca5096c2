using Microsoft.AspNetCore.SignalR;
using Roundtable.Server.Showcase;

namespace Roundtable.Server.Realtime;

/// <summary>Sends Showcase events to the business's SignalR group (on every node, with the Redis backplane).</summary>
public sealed class SignalRShowcaseBroadcaster(IHubContext<ShowcaseHub> hub) : IShowcaseBroadcaster
{
    public Task StateChangedAsync(ShowcaseState state, CancellationToken cancellationToken) =>
        hub.Clients.Group(ShowcaseHub.GroupOf(state.BusinessId)).SendAsync(ShowcaseEvents.StateUpdate, state, cancellationToken);

    public Task MessagePublishedAsync(int businessId, ShowcaseMessageView message, CancellationToken cancellationToken) =>
        hub.Clients.Group(ShowcaseHub.GroupOf(businessId)).SendAsync(ShowcaseEvents.NewMessage, message, cancellationToken);
}
