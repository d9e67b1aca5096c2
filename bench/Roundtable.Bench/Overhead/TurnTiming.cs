using System.Diagnostics;
using System.Net;

namespace Roundtable.Bench.Overhead;

/// <summary>How every bench times a non-streaming turn, so that benches compare: from sending the request to its whole body read.</summary>
internal static class TurnTiming
{
    public static async Task<(HttpStatusCode Status, double Milliseconds, byte[] Body)> PostTimedAsync(this HttpClient http, string path, HttpContent content)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, body);
    }
}
