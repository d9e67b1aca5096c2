using System.Collections.Concurrent;

namespace Roundtable.Server.Showcase;

/// <summary>The latest <see cref="ShowcaseState"/> of every scheduled business, for joins and the REST API.</summary>
public sealed class ShowcaseStateStore
{
    private readonly ConcurrentDictionary<int, ShowcaseState> states = new();

    public ShowcaseState? Get(int businessId) => states.GetValueOrDefault(businessId);

    /// <summary>Stores the state; true when it differs from the previous one (ignoring the server time).</summary>
    public bool Set(ShowcaseState state)
    {
        var previous = states.GetValueOrDefault(state.BusinessId);
        states[state.BusinessId] = state;
        return previous is null || previous with { ServerTime = state.ServerTime } != state;
    }

    public int ActiveCount => states.Values.Count(s => s.ConversationActive);
}
