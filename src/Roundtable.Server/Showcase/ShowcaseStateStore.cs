using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Roundtable.Server.Showcase;

/// <summary>The latest <see cref="ShowcaseState"/> of every scheduled business, for joins and the REST API.</summary>
public sealed class ShowcaseStateStore(IOptions<ShowcaseOptions> options)
{
    private readonly ConcurrentDictionary<int, ShowcaseState> states = new();

    public ShowcaseState? Get(int businessId) => states.GetValueOrDefault(businessId);

    /// <summary>
    /// The business's state stamped with the current time (the widget corrects its countdown by the
    /// server's clock), or what an unscheduled business shows.
    /// </summary>
    public ShowcaseState Current(Business business, DateTimeOffset now) =>
        (Get(business.Id) ?? new ShowcaseState
        {
            BusinessId = business.Id,
            Status = business.Credits == 0 ? ShowcaseStatus.Paused : ShowcaseStatus.Waiting,
            TotalMessages = business.Cycle.MessagesPerConversation ?? options.Value.MessagesPerConversation,
        }) with { ServerTime = now };

    /// <summary>Stores the state; true when it differs from the previous one (ignoring the server time).</summary>
    public bool Set(ShowcaseState state)
    {
        var previous = states.GetValueOrDefault(state.BusinessId);
        states[state.BusinessId] = state;
        return previous is null || previous with { ServerTime = state.ServerTime } != state;
    }

    public int ActiveCount => states.Values.Count(s => s.ConversationActive);
}
