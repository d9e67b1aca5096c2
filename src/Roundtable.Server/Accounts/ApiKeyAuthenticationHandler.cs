using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Roundtable.Server.Data;

namespace Roundtable.Server.Accounts;

/// <summary>Authenticates <c>Authorization: Bearer rt_…</c> as the application that owns the key.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, RoundtableDbContext db, VerifiedKeys verified)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    private const string RevokedKey = "Revoked API key.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var key = header["Bearer ".Length..].Trim();
        if (!ApiKeys.LooksValid(key))
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }

        var hash = ApiKeys.Hash(key);
        if (!verified.TryGet(hash, out var application))
        {
            var prefix = ApiKeys.PrefixOf(key);
            var candidates = await db.Applications.AsNoTracking().Where(a => a.KeyPrefix == prefix).ToListAsync(Context.RequestAborted);
            var match = candidates.FirstOrDefault(a => ApiKeys.Matches(hash, a.KeyHash));
            if (match is null)
            {
                return AuthenticateResult.Fail("Unknown API key.");
            }

            if (match.RevokedAt is not null)
            {
                return AuthenticateResult.Fail(RevokedKey);
            }

            application = verified.Remember(hash, match);
        }

        var identity = new ClaimsIdentity(
            [new Claim(ApplicationClaims.ApplicationId, application.Id.ToString()), new Claim(ClaimTypes.Name, application.Name)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // Only the holder of the whole key learns it was revoked, so saying so leaks nothing.
        var revoked = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message == RevokedKey;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = revoked ? "Bearer error=\"invalid_token\"" : "Bearer";
        await Results.Problem(
            title: "Unauthorized",
            detail: revoked
                ? "This API key was revoked. Ask the application's operator for a new one ('roundtable apps rotate')."
                : "Send the application's API key as 'Authorization: Bearer <key>'.",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }
}
