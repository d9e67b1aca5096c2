using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Roundtable.Bench.Overhead;

/// <summary>Counts the turns that failed, from many virtual users at once, and keeps the first few reasons for the report.</summary>
internal sealed class TurnFailures
{
    private const int KeptProblems = 5;
    private const int KeptCharacters = 300;

    private readonly ConcurrentQueue<string> problems = new();
    private int count;

    public int Count => count;

    public IReadOnlyList<string> Problems => [.. problems];

    /// <summary>Sends one turn; an error status, a broken connection or a timeout is counted, and gives null.</summary>
    public async Task<(double Milliseconds, byte[] Body)?> SendAsync(Func<Task<(HttpStatusCode Status, double Milliseconds, byte[] Body)>> send)
    {
        try
        {
            var (status, milliseconds, body) = await send();
            if (status == HttpStatusCode.OK)
            {
                return (milliseconds, body);
            }

            Add($"{(int)status}: {Encoding.UTF8.GetString(body)}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Add(exception.Message);
        }

        return null;
    }

    private void Add(string problem)
    {
        Interlocked.Increment(ref count);
        if (problems.Count < KeptProblems)
        {
            problems.Enqueue(problem.Length > KeptCharacters ? problem[..KeptCharacters] : problem);
        }
    }
}
