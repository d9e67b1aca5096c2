using Microsoft.AspNetCore.Antiforgery;

namespace Roundtable.Server.Chat;

/// <summary>
/// The chat page's endpoints answer only requests from the page itself: the antiforgery token rendered into
/// the page must come back in the <c>RequestVerificationToken</c> header, with its cookie.
/// </summary>
public sealed class AntiforgeryHeaderFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return TypedResults.Problem(
                title: "Bad request",
                detail: "The request did not carry the page's antiforgery token; reload the page and try again.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
