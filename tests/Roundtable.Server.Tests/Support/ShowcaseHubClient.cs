using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Roundtable.Server.Tests.Support;

/// <summary>
/// A real SignalR client of the Showcase hub over WebSockets into the test server, recording every
/// <c>state_update</c> and <c>new_message</c> as the raw JSON it received.
/// </summary>
internal sealed class ShowcaseHubClient : IAsyncDisposable
{
    private readonly ConcurrentQueue<JsonElement> states = new();
    private readonly ConcurrentQueue<JsonElement> messages = new();

    private ShowcaseHubClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<JsonElement>("state_update", state => states.Enqueue(state));
        connection.On<JsonElement>("new_message", message => messages.Enqueue(message));
    }

    public HubConnection Connection { get; }

    public IReadOnlyList<JsonElement> States => [.. states];

    public IReadOnlyList<JsonElement> Messages => [.. messages];

    public static async Task<ShowcaseHubClient> ConnectAsync(ShowcaseServer server)
    {
        var testServer = server.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(testServer.BaseAddress, "hubs/showcase"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.HttpMessageHandlerFactory = _ => testServer.CreateHandler();
                options.WebSocketFactory = (context, cancellationToken) =>
                    new ValueTask<System.Net.WebSockets.WebSocket>(testServer.CreateWebSocketClient().ConnectAsync(context.Uri, cancellationToken));
            })
            .Build();
        var client = new ShowcaseHubClient(connection);
        await connection.StartAsync();
        return client;
    }

    public Task JoinAsync(int businessId) => Connection.InvokeAsync("join_room", new { business_id = businessId });

    /// <summary>Waits until a <c>state_update</c> that <paramref name="done"/> accepts has arrived.</summary>
    public async Task<JsonElement> WaitForStateAsync(Func<JsonElement, bool> done, string what)
    {
        var received = await Eventually.GetAsync(() => Task.FromResult(States), states => states.Any(done), $"state_update: {what}",
            states => states.Count == 0 ? "nothing" : states[^1].GetRawText());
        return received.Last(done);
    }

    /// <summary>Waits until <paramref name="count"/> <c>new_message</c> events have arrived.</summary>
    public Task<IReadOnlyList<JsonElement>> WaitForMessagesAsync(int count) =>
        Eventually.GetAsync(() => Messages, received => received.Count >= count, $"{count} new_message events");

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
