using System.Globalization;
using System.Net;
using Roundtable.Bench.Overhead;

namespace Roundtable.Bench.Assistant;

/// <summary>Conversations of virtual users, each conversation a user of its own, and the non-streaming turns sent in them.</summary>
internal sealed class AssistantConversations(AssistantApiClient client) : IClosedLoopTarget<object?>
{
    private int lastUser;

    /// <summary>A conversation for a new virtual user.</summary>
    public Task<string> NewConversationAsync() =>
        client.CreateConversationAsync($"bench-user-{Interlocked.Increment(ref lastUser).ToString(CultureInfo.InvariantCulture)}");

    public Task<string> StartSessionAsync() => NewConversationAsync();

    public Task<(HttpStatusCode Status, double Milliseconds, byte[] Body)> SendAsync(string session, long turn) => client.SendAsync(session, turn);

    /// <summary>Nothing: an Assistant turn is measured by its time alone (the provider is checked once, before the levels).</summary>
    public object? Read(byte[] body) => null;
}
