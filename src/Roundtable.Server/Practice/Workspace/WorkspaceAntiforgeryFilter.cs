using Microsoft.AspNetCore.Antiforgery;

namespace Roundtable.Server.Practice.Workspace;

/// <summary>
/// A cookie travels with every request from any site, so a change made with the workspace cookie must
/// also carry the page's antiforgery token (header <c>RequestVerificationToken</c>). Key-authenticated
/// calls carry no cookie and need none.
/// </summary>
public sealed class WorkspaceAntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && PracticeWorkspace.CameFromCookie(http.User) && !await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.Problem(
                title: "Bad request",
                detail: "The request did not carry the page's antiforgery token; reload the page and try again.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
