using System.Security.Claims;

namespace Roundtable.Server.Accounts;

/// <summary>Reads the calling application from the authenticated principal.</summary>
public static class ApplicationClaims
{
    public const string ApplicationId = "roundtable:application_id";

    public static Guid ApplicationIdOf(ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ApplicationId) ?? throw new InvalidOperationException("The request is not authenticated as an application."));
}
