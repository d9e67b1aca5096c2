namespace Roundtable.Server.Tests.Assistant;

/// <summary>Reads <c>text/event-stream</c> frames one at a time from a live response body.</summary>
internal sealed class ServerSentEventReader(Stream body) : IDisposable
{
    private readonly StreamReader reader = new(body);

    /// <summary>The next event's name and data; null at the end of the stream.</summary>
    public async Task<(string Event, string Data)?> NextAsync(CancellationToken cancellationToken)
    {
        string? name = null;
        var data = new List<string>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null || data.Count > 0)
                {
                    return (name ?? "message", string.Join('\n', data));
                }

                continue;
            }

            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Add(line["data:".Length..].TrimStart());
            }
        }

        return null;
    }

    public void Dispose() => reader.Dispose();
}
