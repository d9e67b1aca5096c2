using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Roundtable.Server.Chat;

/// <summary>The public chat page with the demo assistant: its endpoints, antiforgery header and per-IP rate limits.</summary>
public static class ChatPageExtensions
{
    public const string MessagesPolicy = "chat-page-messages";
    public const string ConversationsPolicy = "chat-page-conversations";

    /// <summary>A message is at most 16,000 characters; JSON escaping may double it.</summary>
    public const long MaxRequestBytes = 64 * 1024;

    public static IHostApplicationBuilder AddChatPage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChatPageOptions>().BindConfiguration(ChatPageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DemoAssistant>();
        builder.Services.AddRateLimiter(options =>
        {
            // The page is public: without a per-address budget it would be a free proxy to the model.
            options.AddPolicy(MessagesPolicy, http => PerAddress(http, o => o.MessagesPerMinute));
            options.AddPolicy(ConversationsPolicy, http => PerAddress(http, o => o.ConversationsPerMinute));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
        });
        return builder;
    }

    private static RateLimitPartition<string> PerAddress(HttpContext http, Func<ChatPageOptions, int> permits)
    {
        var limit = permits(http.RequestServices.GetRequiredService<IOptions<ChatPageOptions>>().Value);
        // Behind a reverse proxy this is the proxy's address unless forwarded headers are configured.
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await TypedResults.Problem(
            title: "Too many requests",
            detail: "This page allows a limited number of messages per minute; wait a moment and try again.",
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    }
}
