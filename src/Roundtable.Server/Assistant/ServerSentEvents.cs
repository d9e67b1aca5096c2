using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Roundtable.Server.Assistant;

/// <summary>Writes <c>text/event-stream</c> frames and flushes each, so a client sees every token as it comes.</summary>
public sealed class ServerSentEvents(HttpResponse response, JsonSerializerOptions json)
{
    public static ServerSentEvents Start(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        var json = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return new ServerSentEvents(response, json);
    }

    public async ValueTask WriteAsync<T>(string eventName, T data, CancellationToken cancellationToken)
    {
        await response.WriteAsync($"event: {eventName}\ndata: {JsonSerializer.Serialize(data, json)}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
