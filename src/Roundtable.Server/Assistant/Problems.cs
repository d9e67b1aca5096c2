using Microsoft.AspNetCore.Http.HttpResults;

namespace Roundtable.Server.Assistant;

/// <summary>The ProblemDetails the Assistant API answers with.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(title: "Conflict", detail: detail, statusCode: StatusCodes.Status409Conflict);

    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(title: "Model unavailable", detail: detail, statusCode: StatusCodes.Status503ServiceUnavailable);

    public static ProblemHttpResult Interrupted(string detail) =>
        TypedResults.Problem(title: "Model answer interrupted", detail: detail, statusCode: StatusCodes.Status502BadGateway);

    public static ProblemHttpResult Timeout(string detail) =>
        TypedResults.Problem(title: "Model timed out", detail: detail, statusCode: StatusCodes.Status504GatewayTimeout);
}
