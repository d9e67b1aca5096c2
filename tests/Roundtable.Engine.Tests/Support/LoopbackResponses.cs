using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Roundtable.Engine.Tests.Support;

/// <summary>Writes what <see cref="LoopbackProviderServer"/> answers, faults included, in a provider's wire format.</summary>
internal static class LoopbackResponses
{
    private static readonly TimeSpan CutDelay = TimeSpan.FromMilliseconds(100);

    private const string BrokenJsonBody = """{"id":"broken","object":"chat.completion","choices":[{"message":{"content":""";

    public static async Task WriteErrorAsync(HttpContext context, IProviderWire wire, int statusCode, TimeSpan? retryAfter,
        int requestNumber, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsync(wire.ErrorBody(statusCode, requestNumber), cancellationToken);
    }

    public static async Task WriteCompletionAsync(HttpContext context, IProviderWire wire, ReplyPlan reply,
        LoopbackFaultKind? fault, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        switch (fault)
        {
            case LoopbackFaultKind.MalformedJson:
                await context.Response.WriteAsync(BrokenJsonBody, cancellationToken);
                break;
            case LoopbackFaultKind.CutAfterFirstToken:
                // Promise the whole body, send half of it, then drop the connection.
                var body = Encoding.UTF8.GetBytes(wire.Completion(reply));
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), cancellationToken);
                await context.Response.Body.FlushAsync(cancellationToken);
                await AbortAfterDeliveryAsync(context, cancellationToken);
                break;
            default:
                await context.Response.WriteAsync(wire.Completion(reply), cancellationToken);
                break;
        }
    }

    public static async Task WriteStreamAsync(HttpContext context, IProviderWire wire, ReplyPlan reply,
        LoopbackFaultKind? fault, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";

        if (fault == LoopbackFaultKind.MalformedJson)
        {
            await WriteAsync(context, wire.MalformedEvent, cancellationToken);
            return;
        }

        var events = wire.Stream(reply);
        var firstToken = events.ToList().FindIndex(e => e.CarriesToken);
        var stopAfter = fault is LoopbackFaultKind.CutAfterFirstToken or LoopbackFaultKind.ErrorEventAfterFirstToken
            ? Math.Max(firstToken, 0)
            : events.Count - 1;
        for (var i = 0; i <= stopAfter; i++)
        {
            await WriteAsync(context, events[i], cancellationToken);
        }

        if (fault == LoopbackFaultKind.CutAfterFirstToken)
        {
            await AbortAfterDeliveryAsync(context, cancellationToken);
        }
        else if (fault == LoopbackFaultKind.ErrorEventAfterFirstToken)
        {
            await WriteAsync(context, wire.ErrorEvent(reply.RequestNumber), cancellationToken);
        }
    }

    /// <summary>
    /// Aborting at once would reset the connection before the flushed bytes left Kestrel (the client would see
    /// no first token at all), so the cut comes a moment later, as a real mid-stream failure does.
    /// </summary>
    private static async Task AbortAfterDeliveryAsync(HttpContext context, CancellationToken cancellationToken)
    {
        await Task.Delay(CutDelay, cancellationToken);
        context.Abort();
    }

    private static async Task WriteAsync(HttpContext context, SseEvent sseEvent, CancellationToken cancellationToken)
    {
        await context.Response.WriteAsync(sseEvent.Format(), cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }
}
