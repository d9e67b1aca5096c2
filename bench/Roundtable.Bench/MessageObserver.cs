using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Roundtable.Bench;

/// <summary>
/// A visitor on the Showcase hub that joins a sample of the businesses and notes when each
/// <c>new_message</c> arrives, so lateness can be measured as a visitor sees it, not only as stamped.
/// </summary>
internal sealed class MessageObserver : IAsyncDisposable
{
    private readonly HubConnection connection;
    private readonly ConcurrentBag<ObservedMessage> received = [];

    private MessageObserver(HubConnection connection)
    {
        this.connection = connection;
        connection.On<JsonElement>("new_message", message => received.Add(new ObservedMessage(
            message.GetProperty("id").GetInt64(),
            message.GetProperty("timestamp").GetDateTimeOffset(),
            DateTimeOffset.UtcNow)));
    }

    public IReadOnlyCollection<ObservedMessage> Received => received;

    public static async Task<MessageObserver> ConnectAsync(Uri server, IEnumerable<int> businessIds)
    {
        var connection = new HubConnectionBuilder().WithUrl(new Uri(server, "/hubs/showcase")).Build();
        var observer = new MessageObserver(connection);
        await connection.StartAsync();
        foreach (var id in businessIds)
        {
            await connection.InvokeAsync("join_room", new { business_id = id });
        }

        return observer;
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
