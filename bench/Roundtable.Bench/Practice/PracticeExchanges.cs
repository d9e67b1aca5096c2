using System.Net;
using Roundtable.Bench.Overhead;

namespace Roundtable.Bench.Practice;

/// <summary>
/// Meetings of the cast, created and started before the clock runs (so the analyst's call at creation is not
/// measured), and the exchanges sent in them; a meeting takes one exchange at a time and its history stays short.
/// </summary>
internal sealed class PracticeExchanges(PracticeApiClient client, PracticeCast cast) : IClosedLoopTarget<ExchangeShape>
{
    public Task<string> StartSessionAsync() => client.StartMeetingAsync(cast);

    public Task<(HttpStatusCode Status, double Milliseconds, byte[] Body)> SendAsync(string session, long turn) => client.SendAsync(session, turn);

    public ExchangeShape Read(byte[] body) => ExchangeShape.Of(body);
}
