using Roundtable.Engine.Practice;

namespace Roundtable.Server.Practice.Turns;

/// <summary>Each seat at the meeting table speaks through its own chat-client pipeline (see <see cref="PracticeChatClients.Seats"/>).</summary>
public sealed class RepresentativeVoices(PracticeChatClients clients)
{
    private readonly IReadOnlyList<IRepresentativeReplier> seats = [.. clients.Seats.Select(client => new RepresentativeReplier(client))];

    /// <summary>The replier of the representative at <paramref name="seat"/> (their position in the meeting, from 0).</summary>
    public IRepresentativeReplier For(int seat) => seats[seat % seats.Count];
}
