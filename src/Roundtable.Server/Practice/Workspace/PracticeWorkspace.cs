using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Roundtable.Server.Accounts;

namespace Roundtable.Server.Practice.Workspace;

/// <summary>
/// How the Practice pages reach the API without holding a key: a signed, HTTP-only cookie naming the
/// application whose workspace the browser uses (the seeded demo workspace by default). API clients
/// use <c>Authorization: Bearer</c> as on /v1; both are accepted by the Practice policy.
/// </summary>
public static class PracticeWorkspace
{
    public const string Scheme = "PracticeWorkspace";

    public static AuthenticationBuilder AddPracticeWorkspaceCookie(this AuthenticationBuilder authentication) =>
        authentication.AddCookie(Scheme, options =>
        {
            options.Cookie.Name = "rt_practice";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromDays(30);
            options.SlidingExpiration = true;
            // An API answers 401/403; it never redirects to a login page.
            options.Events.OnRedirectToLogin = context => Deny(context.Response, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Deny(context.Response, StatusCodes.Status403Forbidden);
        });

    /// <summary>Issues the workspace cookie for an application; returns the principal it carries.</summary>
    public static async Task<ClaimsPrincipal> SignInAsync(HttpContext context, Guid applicationId, string applicationName)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ApplicationClaims.ApplicationId, applicationId.ToString()), new Claim(ClaimTypes.Name, applicationName)], Scheme));
        await context.SignInAsync(Scheme, principal);
        return principal;
    }

    public static bool CameFromCookie(ClaimsPrincipal user) => user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == Scheme);

    private static Task Deny(HttpResponse response, int status)
    {
        if (!response.HasStarted)
        {
            response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
