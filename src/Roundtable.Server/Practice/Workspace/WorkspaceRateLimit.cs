using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Roundtable.Server.Practice.Workspace;

/// <summary>Limits the changes a browser makes through the workspace cookie (see <see cref="PracticeOptions.PageChangesPerMinute"/>).</summary>
public static class WorkspaceRateLimit
{
    public const string Policy = "practice-pages";

    public static void AddTo(RateLimiterOptions options) => options.AddPolicy(Policy, Partition);

    private static RateLimitPartition<string> Partition(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) || !PracticeWorkspace.CameFromCookie(http.User))
        {
            return RateLimitPartition.GetNoLimiter("unlimited");
        }

        var limit = http.RequestServices.GetRequiredService<IOptions<PracticeOptions>>().Value.PageChangesPerMinute;
        // Behind a reverse proxy this is the proxy's address unless forwarded headers are configured.
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
