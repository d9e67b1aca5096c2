using System.IO.Pipelines;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Roundtable.Server.Tests.Assistant;

/// <summary>
/// A loopback OpenAI chat-completions endpoint that streams the given tokens one at a time, each only
/// after the test releases it, so a test can prove a client sees token n before token n+1 exists.
/// </summary>
internal sealed class GatedOpenAIHandler(IReadOnlyList<string> tokens, SemaphoreSlim gate) : HttpMessageHandler
{
    private int requests;

    /// <summary>Requests received so far.</summary>
    public int Requests => Volatile.Read(ref requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref requests);
        var pipe = new Pipe();
        _ = WriteAsync(pipe.Writer);
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(pipe.Reader.AsStream()) };
        response.Content.Headers.ContentType = new("text/event-stream");
        return Task.FromResult(response);
    }

    private async Task WriteAsync(PipeWriter writer)
    {
        foreach (var token in tokens)
        {
            await gate.WaitAsync();
            await WriteChunkAsync(writer, new { content = token }, null);
        }

        await WriteChunkAsync(writer, new { }, "stop");
        await writer.WriteAsync(Encoding.UTF8.GetBytes("data: [DONE]\n\n"));
        await writer.CompleteAsync();
    }

    private static async Task WriteChunkAsync(PipeWriter writer, object delta, string? finishReason)
    {
        var chunk = new
        {
            id = "chatcmpl-test",
            @object = "chat.completion.chunk",
            created = 1_763_900_000,
            model = "gpt-test",
            choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
        };
        await writer.WriteAsync(Encoding.UTF8.GetBytes($"data: {JsonSerializer.Serialize(chunk)}\n\n"));
        await writer.FlushAsync();
    }
}
