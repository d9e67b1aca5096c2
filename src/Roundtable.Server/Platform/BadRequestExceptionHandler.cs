using Microsoft.AspNetCore.Diagnostics;

namespace Roundtable.Server.Platform;

/// <summary>
/// A request the framework could not bind (malformed JSON, a wrong type, an oversized body) is the
/// client's error: answer its 4xx as ProblemDetails with the reason, in every environment.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = badRequest.StatusCode, Title = "Bad request", Detail = badRequest.Message },
        });
    }
}
