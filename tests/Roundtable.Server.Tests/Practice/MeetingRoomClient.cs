using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace Roundtable.Server.Tests.Practice;

/// <summary>A real SignalR client of the meeting room, authenticated with an API key, recording every event in arrival order.</summary>
internal sealed class MeetingRoomClient : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Name, JsonElement Payload)> events = new();

    private MeetingRoomClient(HubConnection connection)
    {
        Connection = connection;
        foreach (var name in new[] { "meeting_turn", "rep_typing", "rep_delta", "turn_decision", "meeting_state" })
        {
            connection.On<JsonElement>(name, payload => events.Enqueue((name, payload)));
        }
    }

    public HubConnection Connection { get; }

    public IReadOnlyList<(string Name, JsonElement Payload)> Events => [.. events];

    public static async Task<MeetingRoomClient> ConnectAsync(TestServer server, string apiKey)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, "hubs/practice"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                options.Headers["Authorization"] = $"Bearer {apiKey}";
            })
            .Build();
        var client = new MeetingRoomClient(connection);
        await connection.StartAsync();
        return client;
    }

    public Task JoinAsync(string meetingId) => Connection.InvokeAsync("join_meeting", new { meeting_id = meetingId });

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
